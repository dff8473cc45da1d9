import { cleanUp, exitWithin, freePort, isPostgres, postmasterPid, sleep, startServer, tempDataDir } from './embedded-mode-server.testing';

afterEach(() => cleanUp());

describe('when the embedded PostgreSQL dies', () => {
  it('the API exits non-zero (ADR 0015: the supervisor restarts it), and the restart serves again', async () => {
    const dataDir = tempDataDir();
    const env = { EMBEDDED_PG_PORT: String(await freePort()) };
    const server = await startServer(dataDir, env);
    await server.ready();
    const pid = postmasterPid(dataDir) as number;
    process.kill(pid, 'SIGKILL');
    const exit = await exitWithin(server, 20_000);
    expect(exit).not.toBeNull();
    expect(exit?.code).not.toBe(0);
    expect(server.output()).toMatch(/the embedded PostgreSQL stopped unexpectedly/);

    const restarted = await startServer(dataDir, env);
    await restarted.ready();
    expect(isPostgres(postmasterPid(dataDir) as number)).toBe(true);
    restarted.child.kill('SIGTERM');
    expect((await exitWithin(restarted, 30_000))?.code).toBe(0);
  }, 300_000);

  it('SIGTERM while the database is gone still ends the process within 10 s', async () => {
    const dataDir = tempDataDir();
    const server = await startServer(dataDir, { EMBEDDED_PG_PORT: String(await freePort()) });
    await server.ready();
    process.kill(postmasterPid(dataDir) as number, 'SIGKILL');
    await sleep(200);
    const sentAt = Date.now();
    server.child.kill('SIGTERM');
    const exit = await exitWithin(server, 20_000);
    expect(exit).not.toBeNull();
    expect((exit?.at ?? Infinity) - sentAt).toBeLessThan(10_000);
  }, 300_000);
});
