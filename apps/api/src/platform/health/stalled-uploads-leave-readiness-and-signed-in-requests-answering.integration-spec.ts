import net from 'node:net';
import { HRIS_COLUMNS } from '@pulse/domain-people';
import { createTestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { loadLimits } from '../config';

/** What a stalled client got: the status line and headers if anything came back, and whether the server closed the socket. */
type Stalled = { socket: net.Socket; received: string; closed: boolean; resume(): void };

/**
 * Sends an upload's headers and the first part of its body (a one-row HRIS file, dry run), then
 * nothing more until `resume()` sends the rest: a client on a dead or very slow link.
 */
function stallUpload(baseUrl: string, cookie: string): Promise<Stalled> {
  const { hostname, port } = new URL(baseUrl);
  const row: Record<string, string> = { hris_id: 'S1', email: 's1@stall.test', first_name: 'Sam', last_name: 'Stall', team_path: 'Stall', work_mode: 'REMOTE', work_mode_since: '2024-01-01', time_zone: 'Europe/Warsaw', hire_date: '2024-01-01' };
  const body = `${HRIS_COLUMNS.join(',')}\n${HRIS_COLUMNS.map((c) => row[c] ?? '').join(',')}\n`;
  const cut = 20;
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const out: Stalled = { socket, received: '', closed: false, resume: () => socket.write(body.slice(cut)) };
    socket.on('data', (b) => (out.received += b.toString('latin1')));
    socket.on('close', () => (out.closed = true));
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(
        `POST /api/imports/people?dryRun=true HTTP/1.1\r\nHost: ${hostname}:${port}\r\nCookie: ${cookie}\r\nContent-Type: text/csv\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, cut)}`,
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
const copying = async (t: TestApp) =>
  (await t.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'COPY %' AND pid <> pg_backend_pid()`)).rows[0].n;

/**
 * Issue 12, item 5: one stalled upload held a pooled connection for minutes, and twenty of them
 * made readiness and every signed-in request hang. An import now receives the whole file before it
 * takes a connection, so a stalled upload holds a socket and a temporary file, never a connection;
 * a socket that sends nothing is cut off; and when connections do run out, requests fail fast.
 */
describe('stalled uploads leave readiness and signed-in requests answering', () => {
  let t: TestApp;
  let hr: string;
  const stalled: Stalled[] = [];

  beforeAll(async () => {
    // A pool of two: two uploads holding a connection each would leave nothing for anyone else.
    t = await startTestApp({ limits: { ...loadLimits({}), dbPoolSize: 2, importConnections: 2, httpIdleTimeoutMs: 3_000 } });
    const org = await createTestOrg(t.pool, 'stall');
    hr = await t.signIn(org.email('hr'));
  });
  afterAll(async () => {
    for (const s of stalled) s.socket.destroy();
    await t.close();
  });

  it('twenty stalled uploads hold no database connection: with a pool of two, /health/ready and a signed-in request answer at once', async () => {
    for (let i = 0; i < 20; i++) stalled.push(await stallUpload(t.baseUrl, hr));
    // Give every upload time to reach its handler (and, before the fix, to take a connection).
    await new Promise((r) => setTimeout(r, 500));
    expect(await copying(t)).toBe(0);

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
    // Nobody was turned away for an import slot: a stalled upload has taken none.
    expect(stalled.filter((s) => s.received !== '')).toHaveLength(0);
  });

  it('a stalled upload that resumes is imported once its last byte has arrived', async () => {
    const [first] = stalled;
    first.resume();
    await until(() => first.received.includes('\r\n\r\n{'), 5_000);
    expect(first.received).toMatch(/^HTTP\/1\.1 200 /);
    expect(first.received).toContain('"rowsRead":1');
    first.socket.destroy();
  });

  it('a stalled upload is cut off after the idle timeout, and no import is left in COPY', async () => {
    const rest = stalled.slice(1);
    await until(() => rest.every((s) => s.closed), 8_000);
    expect(rest.filter((s) => !s.closed)).toHaveLength(0);
    expect(await copying(t)).toBe(0);
  });

  it('when imports hold every connection, a signed-in request fails fast with a retryable SERVICE_UNAVAILABLE', async () => {
    const small = await startTestApp({ limits: { ...loadLimits({}), dbPoolSize: 2, importConnections: 2, dbAcquireTimeoutMs: 300 } }, { sameDatabaseAs: t });
    const lock = await t.pool.connect();
    const imports: Array<Promise<number>> = [];
    try {
      const cookie = await small.signIn('hr@stall.test');
      // Two imports whose files have arrived wait behind a lock on team (which sign-in checks do not read), each holding a connection.
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE team IN ACCESS EXCLUSIVE MODE');
      const file = `${HRIS_COLUMNS.join(',')}\nS2,s2@stall.test,Sam,Stall,,,Stall,,REMOTE,2024-01-01,,Europe/Warsaw,,,2024-01-01,,\n`;
      for (let i = 0; i < 2; i++) {
        imports.push(fetch(`${small.baseUrl}/api/imports/people?dryRun=true`, { method: 'POST', headers: { 'content-type': 'text/csv', cookie }, body: file, signal: within(20_000) }).then((r) => r.status));
      }
      await until(() => false, 500);
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
      await lock.query('ROLLBACK');
      // Once the lock goes, the imports finish.
      expect(await Promise.all(imports)).toEqual([200, 200]);
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      lock.release();
      await Promise.allSettled(imports);
      await small.close();
    }
  });
});
