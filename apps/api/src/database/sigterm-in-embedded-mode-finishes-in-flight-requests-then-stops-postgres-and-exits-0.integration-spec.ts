import { cleanUp, embeddedPort, eventually, freePort, isPostgres, postmasterPid, queryEmbedded, startServer, tempDataDir } from './embedded-mode-server.testing';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`;
type Answer = { status: number; code?: string; error?: string };

afterEach(() => cleanUp());

describe('SIGTERM in the default embedded-PostgreSQL mode', () => {
  it('finishes all 20 in-flight requests, then stops PostgreSQL and exits 0', async () => {
    const dataDir = tempDataDir();
    // One libuv thread: the 20 password checks run one after another, so the requests stay in flight a while.
    const server = await startServer(dataDir, { EMBEDDED_PG_PORT: String(await freePort()), UV_THREADPOOL_SIZE: '1' });
    await server.ready();
    const pgPort = embeddedPort(server);
    const pid = postmasterPid(dataDir);
    expect(pid && isPostgres(pid)).toBe(true);

    const requests: Array<Promise<Answer>> = Array.from({ length: 20 }, (_, i) =>
      fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { i: { email: `nobody${i}@example.test`, password: 'not the password' } } }),
      }).then(
        async (r) => ({ status: r.status, code: ((await r.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code }),
        (e: Error) => ({ status: 0, error: String(e.cause ?? e.message) }),
      ),
    );
    // Every request has reached the server once its sign-in attempt is recorded (before its password check).
    const arrived = await eventually(
      async () => Number((await queryEmbedded<{ n: string }>(pgPort, `SELECT count(*) AS n FROM login_attempt WHERE key LIKE 'email:%'`))[0].n) >= 20,
      30_000,
    );
    expect(arrived).toBe(true);
    const sentAt = Date.now();
    server.child.kill('SIGTERM');

    const answers = await Promise.all(requests);
    const exit = await server.exited;
    expect(answers).toEqual(Array.from({ length: 20 }, () => ({ status: 200, code: 'UNAUTHENTICATED' })));
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(exit.at - sentAt).toBeLessThan(25_000);
    // PostgreSQL was stopped cleanly by us: it removes its own postmaster.pid.
    expect(await eventually(() => !isPostgres(pid as number), 10_000)).toBe(true);
    expect(postmasterPid(dataDir)).toBeNull();
  }, 240_000);
});
