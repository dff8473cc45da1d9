import { cleanUp, embeddedPort, exitWithin, freePort, holdPort, startServer, tempDataDir } from './embedded-mode-server.testing';

afterEach(() => cleanUp());

describe('the embedded PostgreSQL listens on a stable, configurable port', () => {
  it('on EMBEDDED_PG_PORT, so a second replica using it keeps working across a restart of the first', async () => {
    const dataDir = tempDataDir();
    const pgPort = await freePort();
    const env = { EMBEDDED_PG_PORT: String(pgPort) };
    const first = await startServer(dataDir, env);
    await first.ready();
    expect(embeddedPort(first)).toBe(pgPort);
    const replica = await startServer(tempDataDir(), { DATABASE_URL: `postgres://postgres:pulse-local@127.0.0.1:${pgPort}/postgres` });
    await replica.ready();

    first.child.kill('SIGTERM');
    expect((await exitWithin(first, 30_000))?.code).toBe(0);
    const restarted = await startServer(dataDir, env);
    await restarted.ready();
    expect(embeddedPort(restarted)).toBe(pgPort);
    // The replica's pool reconnects to the same address.
    const until = Date.now() + 30_000;
    let status = 0;
    while (Date.now() < until && status !== 200) {
      status = await fetch(`${replica.baseUrl}/health/ready`).then((r) => r.status, () => 0);
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    replica.child.kill('SIGTERM');
    restarted.child.kill('SIGTERM');
    expect((await exitWithin(replica, 30_000))?.code).toBe(0);
    expect((await exitWithin(restarted, 30_000))?.code).toBe(0);
  }, 300_000);

  it('without EMBEDDED_PG_PORT it takes 54329, and says which port it took when 54329 is busy', async () => {
    const blocker = await holdPort(54329); // null: something else holds it already, which is the same case
    try {
      const server = await startServer(tempDataDir(), { EMBEDDED_PG_PORT: '' });
      await server.ready();
      expect(embeddedPort(server)).not.toBe(54329);
      expect(server.output()).toMatch(/port 54329 is taken, so the embedded PostgreSQL listens on port \d+ this time; set EMBEDDED_PG_PORT/);
      server.child.kill('SIGTERM');
      expect((await exitWithin(server, 30_000))?.code).toBe(0);
    } finally {
      blocker?.close();
    }
  }, 300_000);

  it('an EMBEDDED_PG_PORT another program holds: one clear line and a non-zero exit', async () => {
    const port = await freePort();
    const blocker = await holdPort(port);
    try {
      const server = await startServer(tempDataDir(), { EMBEDDED_PG_PORT: String(port) });
      const exit = await exitWithin(server, 60_000);
      expect(exit?.code).toBe(1);
      expect(server.stderr().trim()).toBe(`EMBEDDED_PG_PORT ${port} is already in use by another program on 127.0.0.1. Free it or choose another port.`);
    } finally {
      blocker?.close();
    }
  }, 300_000);
});
