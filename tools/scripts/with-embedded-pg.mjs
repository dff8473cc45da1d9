// Runs a command against a throw-away embedded PostgreSQL (DATABASE_URL is set for it).
// Usage: node tools/scripts/with-embedded-pg.mjs <command> [args...]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTempPostgres } from './temp-postgres.mjs';

const pg = await startTempPostgres();
const [cmd, ...args] = process.argv.slice(2);
const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: pg.url }, shell: false });
const code = await new Promise((r) => child.on('close', r));
await pg.stop();
process.exit(code ?? 1);
