import { Pool } from 'pg';
import { createTestOrg } from '../testing/fixtures';
import { TEST_PASSWORD } from '../testing/test-app';
import { cleanUp, embeddedPort, eventually, freePort, isPostgres, postmasterPid, queryEmbedded, startServer, tempDataDir } from './embedded-mode-server.testing';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`;
type Answer = { status: number; signedIn?: boolean; code?: string; error?: string };

afterEach(() => cleanUp());

/**
 * `node apps/api/dist/main.js` in a terminal: Ctrl-C sends SIGINT to the whole foreground process
 * group. The embedded PostgreSQL must not be in that group, or it starts its own fast shutdown
 * while the API is still draining (ADR 0015: only the API stops it, after the drain).
 */
describe('Ctrl-C to the whole process group in the embedded mode', () => {
  it('finishes all 20 in-flight requests, then stops PostgreSQL and exits 0', async () => {
    const dataDir = tempDataDir();
    // One libuv thread: the 20 password checks run one after another, so the requests stay in flight a while.
    const server = await startServer(dataDir, { EMBEDDED_PG_PORT: String(await freePort()), UV_THREADPOOL_SIZE: '1' }, { detached: true });
    await server.ready();
    const pgPort = embeddedPort(server);
    const pid = postmasterPid(dataDir);
    expect(pid && isPostgres(pid)).toBe(true);

    // Real accounts, one per request: each sign-in writes its session after the password check, so it
    // still needs the database after Ctrl-C.
    const admin = new Pool({ connectionString: `postgres://postgres:pulse-local@127.0.0.1:${pgPort}/postgres`, max: 1 });
    const keys = ['head', 'hr', 'manager', 'lead', 'agent1', 'agent2', 'peerManager', 'agent3'] as const;
    const emails: string[] = [];
    try {
      for (const slug of ['ctrlc-a', 'ctrlc-b', 'ctrlc-c']) {
        const org = await createTestOrg(admin, slug);
        emails.push(...keys.map((k) => org.email(k)));
      }
    } finally {
      await admin.end();
    }
    const requests: Array<Promise<Answer>> = emails.slice(0, 20).map((email) =>
      fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { i: { email, password: TEST_PASSWORD } } }),
      }).then(
        async (r) => {
          const body = (await r.json()) as { data?: { signIn?: { accountId?: string } }; errors?: Array<{ extensions?: { code?: string } }> };
          return { status: r.status, signedIn: Boolean(body.data?.signIn?.accountId), code: body.errors?.[0]?.extensions?.code };
        },
        (e: Error) => ({ status: 0, error: String(e.cause ?? e.message) }),
      ),
    );
    const arrived = await eventually(
      // A request has reached the server once its attempt is counted; a finished one swapped that row for its session.
      async () =>
        Number(
          (await queryEmbedded<{ n: string }>(pgPort, `SELECT (SELECT count(*) FROM login_attempt WHERE key LIKE 'email:%') + (SELECT count(*) FROM session) AS n`))[0].n,
        ) >= 20,
      30_000,
    );
    expect(arrived).toBe(true);
    // What a terminal does on Ctrl-C: the signal goes to every process in the foreground group.
    process.kill(-(server.child.pid as number), 'SIGINT');

    const answers = await Promise.all(requests);
    const exit = await server.exited;
    expect(answers).toEqual(Array.from({ length: 20 }, () => ({ status: 200, signedIn: true, code: undefined })));
    expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
    expect(await eventually(() => !isPostgres(pid as number), 10_000)).toBe(true);
    expect(postmasterPid(dataDir)).toBeNull();
  }, 240_000);
});
