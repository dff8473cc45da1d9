import net from 'node:net';
import { createTestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { loadLimits } from '../config';

/** What a stalled client got: the status line and headers if anything came back, and whether the server closed the socket. */
type Stalled = { socket: net.Socket; received: string; closed: boolean };

/** Sends an upload's headers and a few bytes of its body, then nothing more (a client on a dead link). */
function stallUpload(baseUrl: string, cookie: string): Promise<Stalled> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const out: Stalled = { socket, received: '', closed: false };
    socket.on('data', (b) => (out.received += b.toString('latin1')));
    socket.on('close', () => (out.closed = true));
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(
        `POST /api/imports/people?dryRun=true HTTP/1.1\r\nHost: ${hostname}:${port}\r\nCookie: ${cookie}\r\nContent-Type: text/csv\r\nContent-Length: 1000000\r\n\r\nhris_id,email,first_`,
        () => resolve(out),
      );
    });
    socket.once('error', reject);
  });
}

const within = (ms: number) => AbortSignal.timeout(ms);
const until = async (ok: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
};

/**
 * Issue 12, item 5: one stalled upload held a pooled connection for minutes, and twenty of them
 * made readiness and every signed-in request hang. Imports may hold only a few connections, the
 * rest are answered 503 with Retry-After, and a socket that sends nothing is cut off.
 */
describe('stalled uploads leave readiness and signed-in requests answering', () => {
  let t: TestApp;
  let hr: string;
  const stalled: Stalled[] = [];

  beforeAll(async () => {
    t = await startTestApp({ limits: { ...loadLimits({}), httpIdleTimeoutMs: 3_000 } });
    const org = await createTestOrg(t.pool, 'stall');
    hr = await t.signIn(org.email('hr'));
  });
  afterAll(async () => {
    for (const s of stalled) s.socket.destroy();
    await t.close();
  });

  it('twenty stalled uploads: /health/ready and a signed-in GraphQL request still answer at once', async () => {
    for (let i = 0; i < 20; i++) stalled.push(await stallUpload(t.baseUrl, hr));
    // Give every upload time to reach its handler and ask for a connection.
    await new Promise((r) => setTimeout(r, 500));

    const ready = await fetch(`${t.baseUrl}/health/ready`, { signal: within(2_000) });
    expect(ready.status).toBe(200);
    const me = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: hr },
      body: JSON.stringify({ query: '{ me { email } }' }),
      signal: within(2_000),
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { data: { me: { email: string } } }).data.me.email).toBe('hr@stall.test');

    // The uploads beyond what imports may hold were refused at once, with a time to retry.
    const refused = stalled.filter((s) => s.received.startsWith('HTTP/1.1 503'));
    expect(refused.length).toBeGreaterThanOrEqual(20 - loadLimits({}).importConnections);
    for (const s of refused) expect(s.received).toMatch(/\r\nretry-after: \d+\r\n/i);
  });

  it('a stalled upload is cut off after the idle timeout and gives its connection back', async () => {
    await until(() => stalled.every((s) => s.closed), 8_000);
    expect(stalled.filter((s) => !s.closed)).toHaveLength(0);
    // No import is left holding a connection in COPY.
    await until(() => false, 200);
    const { rows } = await t.pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'COPY %'`);
    expect(rows[0].n).toBe(0);
  });

  it('when stalled imports hold every connection, a signed-in request fails fast with a retryable SERVICE_UNAVAILABLE', async () => {
    const small = await startTestApp({ limits: { ...loadLimits({}), dbPoolSize: 2, importConnections: 2, dbAcquireTimeoutMs: 300 } }, { sameDatabaseAs: t });
    const held: Stalled[] = [];
    try {
      const cookie = await small.signIn('hr@stall.test');
      for (let i = 0; i < 2; i++) held.push(await stallUpload(small.baseUrl, cookie));
      await new Promise((r) => setTimeout(r, 500));
      const started = Date.now();
      const res = await fetch(`${small.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ me { email } }' }),
        signal: within(5_000),
      });
      const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      for (const s of held) s.socket.destroy();
      await small.close();
    }
  });
});
