import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanUp, eventually, exitWithin, freePort, isPostgres, postmasterPid, startServer, tempDataDir } from './embedded-mode-server.testing';

afterEach(() => cleanUp());

const stopCleanly = async (server: Awaited<ReturnType<typeof startServer>>) => {
  server.child.kill('SIGTERM');
  return exitWithin(server, 30_000);
};

describe('a crash of the API leaves nothing that blocks the next start (embedded PostgreSQL)', () => {
  it('after kill -9 of the API, the next start stops the orphaned PostgreSQL and serves', async () => {
    const dataDir = tempDataDir();
    const env = { EMBEDDED_PG_PORT: String(await freePort()) };
    const first = await startServer(dataDir, env);
    await first.ready();
    const orphan = postmasterPid(dataDir) as number;
    first.child.kill('SIGKILL');
    await first.exited;
    expect(isPostgres(orphan)).toBe(true); // it outlived the API

    const second = await startServer(dataDir, env);
    await second.ready();
    expect(isPostgres(orphan)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect((await stopCleanly(second))?.code).toBe(0);
  }, 300_000);

  it('a postmaster.pid naming a live process that is not PostgreSQL is stale: the start goes ahead', async () => {
    const dataDir = tempDataDir();
    const env = { EMBEDDED_PG_PORT: String(await freePort()) };
    const first = await startServer(dataDir, env);
    await first.ready();
    first.child.kill('SIGKILL');
    await first.exited;
    const orphan = postmasterPid(dataDir) as number;
    process.kill(orphan, 'SIGINT');
    expect(await eventually(() => !isPostgres(orphan), 15_000)).toBe(true);
    // The pid a crashed PostgreSQL left behind now belongs to some other program.
    const other = spawn('sleep', ['120'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), `${other.pid}\n${path.join(dataDir, 'pg')}\n1700000000\n${env.EMBEDDED_PG_PORT}\n\n127.0.0.1\n  1234  5678\nready   \n`);
      const second = await startServer(dataDir, env);
      await second.ready();
      expect(postmasterPid(dataDir)).not.toBe(other.pid);
      expect(other.exitCode).toBeNull(); // the other program was left alone
      expect((await stopCleanly(second))?.code).toBe(0);
    } finally {
      other.kill('SIGKILL');
    }
  }, 300_000);

  it('while another running API holds the data folder, a second start prints one clear line, no stack trace, and exits non-zero', async () => {
    const dataDir = tempDataDir();
    const first = await startServer(dataDir, { EMBEDDED_PG_PORT: String(await freePort()) });
    await first.ready();
    const second = await startServer(dataDir, { EMBEDDED_PG_PORT: String(await freePort()) });
    const exit = await exitWithin(second, 60_000);
    expect(exit?.code).not.toBe(0);
    expect(exit?.code).not.toBeNull();
    const lines = second.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/in use by another running Pulse & Path.*set DATA_DIR/);
    expect(second.output()).not.toMatch(/"stack"|\n\s+at /);
    // The first one was not disturbed.
    expect((await fetch(`${first.baseUrl}/health/ready`)).status).toBe(200);
    expect((await stopCleanly(first))?.code).toBe(0);
  }, 300_000);
});
