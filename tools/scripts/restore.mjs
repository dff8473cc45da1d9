// `npm run restore -- FILE`: restores a backup made by `npm run backup` into the EMPTY database of
// DATABASE_URL (the owner the app will run as; create the database first), in one transaction
// (ADR 0017). The same or a newer PostgreSQL major version than the backup's; the client programs
// of the server's major version (PG_BIN_DIR).
//
// What a plain `pg_restore` gets wrong here:
// - the roles the app's grants, policies and functions name are cluster-wide and not in a database
//   dump: pulse_app, pulse_auth (as the migration IsolateTenantsInTheDatabase creates them) and
//   pulse_backup are created first when missing (pulse_backup without login; backup:role gives it one);
// - the owner's name differs between deployments (postgres embedded, the compose file's POSTGRES_USER):
//   objects go to the restoring owner (--no-owner), default privileges too (their FOR ROLE is
//   rewritten), except objects the backup says belong to an app role (the SECURITY DEFINER
//   look-ups of pulse_auth), which are given back to it: owned by a superuser they would run with
//   no row-level security at all.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { clientTarget, pgProgram, runProgram } from './pg-client.mjs';

const APP_ROLES = ['pulse_app', 'pulse_auth'];

const file = process.argv[2];
const url = process.env.DATABASE_URL;
if (!file || !url) {
  console.error('usage: DATABASE_URL=postgres://owner:…@host:5432/empty_db npm run restore -- FILE');
  process.exit(2);
}
const { dbname, env } = clientTarget(url);
const pgRestore = pgProgram('pg_restore');
const toc = runProgram(pgRestore, ['--list', file], env).split('\n');

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const { rows } = await client.query(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
      WHERE s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg_toast%' AND s.nspname NOT LIKE 'pg_temp%'`,
  );
  if (rows[0].n > 0) {
    console.error(`refused: the database already holds ${rows[0].n} tables, sequences or indexes; restore into an empty one (CREATE DATABASE …).`);
    process.exit(3);
  }
  await client.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pulse_app') THEN
      CREATE ROLE pulse_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pulse_auth') THEN
      CREATE ROLE pulse_auth NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pulse_backup') THEN
      CREATE ROLE pulse_backup NOLOGIN;
    END IF;
    -- A restoring owner that is not a superuser hands the look-up functions to pulse_auth through membership.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
      EXECUTE format('GRANT pulse_auth TO %I', current_user);
    END IF;
  END $$`);
} finally {
  await client.end();
}

// A TOC line: "<id>; <catalog oid> <object oid> <TYPE…> <schema> <name…> <owner>".
const entries = toc.filter((l) => /^\d+;/.test(l)).map((line) => ({ line, owner: line.trim().split(/\s+/).at(-1) }));
const defaultAcls = entries.filter((e) => / DEFAULT ACL /.test(e.line));
const appOwned = entries.filter((e) => APP_ROLES.includes(e.owner) && !/ (ACL|DEFAULT ACL|COMMENT) /.test(e.line));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-restore-'));
try {
  const mainList = path.join(work, 'main.list');
  fs.writeFileSync(mainList, entries.filter((e) => !defaultAcls.includes(e)).map((e) => e.line).join('\n') + '\n');
  const after = [];
  if (defaultAcls.length) {
    const aclList = path.join(work, 'default-acl.list');
    fs.writeFileSync(aclList, defaultAcls.map((e) => e.line).join('\n') + '\n');
    const sql = runProgram(pgRestore, ['--use-list', aclList, '--file=-', file], env);
    // FOR ROLE <the backed-up owner> becomes the restoring owner (no FOR ROLE: the current user).
    after.push(sql.replace(/^ALTER DEFAULT PRIVILEGES FOR ROLE ("[^"]+"|[^\s"]+) /gm, (m, role) => (APP_ROLES.includes(role.replaceAll('"', '')) ? m : 'ALTER DEFAULT PRIVILEGES ')));
  }
  for (const e of appOwned) after.push(alterOwner(e));
  const afterFile = path.join(work, 'after.sql');
  fs.writeFileSync(afterFile, after.join('\n') + '\n');

  // pg_restore writes the SQL; psql runs it and the statements after it in ONE transaction, so a
  // failed restore leaves the database as empty as it was.
  await pipe(
    [pgRestore, ['--no-owner', '--use-list', mainList, '--file=-', file]],
    [pgProgram('psql'), ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', '--single-transaction', '--file=-', `--file=${afterFile}`, `--dbname=${dbname}`]],
    env,
  );
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
const tables = entries.filter((e) => / TABLE DATA /.test(e.line)).length;
console.log(`restored ${tables} tables from ${file}; ${appOwned.length} objects given back to ${APP_ROLES.join('/')}`);

/** ALTER … OWNER TO for an object the backup lists as an app role's. */
function alterOwner(e) {
  const m = /^\d+; \d+ \d+ (FUNCTION|TABLE|SEQUENCE|VIEW|SCHEMA) (\S+) (.+) (\S+)$/.exec(e.line.trim());
  if (!m) throw new Error(`the backup lists an object of ${e.owner} that restore does not know how to give back: ${e.line}`);
  const [, type, schema, name, owner] = m;
  if (type === 'SCHEMA') return `ALTER SCHEMA ${name} OWNER TO ${owner};`;
  return `ALTER ${type} ${schema}.${name} OWNER TO ${owner};`;
}

function pipe([cmdA, argsA], [cmdB, argsB], env) {
  return new Promise((resolve, reject) => {
    const a = spawn(cmdA, argsA, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const b = spawn(cmdB, argsB, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let errA = '';
    let errB = '';
    a.stderr.on('data', (c) => (errA += c));
    b.stderr.on('data', (c) => (errB += c));
    b.stdout.resume();
    a.stdout.pipe(b.stdin);
    b.stdin.on('error', () => undefined); // psql stopped early: its own exit says why
    const exit = (p) => new Promise((r) => p.on('close', (code) => r(code)));
    Promise.all([exit(a), exit(b)]).then(([codeA, codeB]) => {
      if (codeA === 0 && codeB === 0) resolve();
      else reject(new Error(`restore failed (pg_restore exit ${codeA}, psql exit ${codeB}):\n${errA}${errB}`.trim()));
    }, reject);
  });
}
