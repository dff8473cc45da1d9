import { DataSource, type QueryRunner } from 'typeorm';
import { createTestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { loadLimits } from '../config';

type Answer = { status: number; retryAfter: string | null; contentType: string | null; body: unknown };

/**
 * Issue 12, item 5, for REST: GraphQL already answered a retryable SERVICE_UNAVAILABLE when no
 * pooled connection came free within DB_ACQUIRE_TIMEOUT_MS, but the REST routes answered 500.
 * Every route that needs the database now answers 503 with Retry-After and a JSON message (SCIM in
 * its own error shape), from one exception filter.
 */
describe('REST routes answer 503 with Retry-After when the pool stays full', () => {
  let t: TestApp;
  let small: TestApp;
  let hr: string;
  let admin: string;
  let scimToken: string;
  let held: QueryRunner;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await createTestOrg(t.pool, 'busy');
    small = await startTestApp({ limits: { ...loadLimits({}), dbPoolSize: 1, importConnections: 1, dbAcquireTimeoutMs: 300 } }, { sameDatabaseAs: t });
    hr = await small.signIn(org.email('hr'));
    admin = await small.signIn(org.email('head'));
    const r = await small.gql(`mutation { createScimToken(input: { name: "busy test" }) { token } }`, {}, admin);
    scimToken = (r.data as { createScimToken: { token: string } }).createScimToken.token;
    // The pool's one connection, held: every request that needs the database waits DB_ACQUIRE_TIMEOUT_MS.
    held = small.app.get(DataSource).createQueryRunner();
    await held.connect();
  });
  afterAll(async () => {
    await held?.release();
    await small?.close();
    await t?.close();
  });

  const call = async (method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> => {
    const res = await fetch(`${small.baseUrl}${path}`, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: kept as text, and the assertion shows it
    }
    return { status: res.status, retryAfter: res.headers.get('retry-after'), contentType: res.headers.get('content-type'), body: parsed };
  };

  const busy = { status: 503, retryAfter: expect.stringMatching(/^\d+$/), contentType: expect.stringContaining('application/json'), body: expect.objectContaining({ message: expect.stringMatching(/busy/i) }) };

  it.each([
    ['GET /api/exports/people.csv', 'GET', '/api/exports/people.csv', 'hr', undefined],
    ['POST /api/imports/people (dry run)', 'POST', '/api/imports/people?dryRun=true', 'hr', 'hris_id,email\n'],
    ['POST /api/imports/signals', 'POST', '/api/imports/signals?dryRun=true', 'hr', 'hris_id,week\n'],
    ['GET /api/me/personal-data.json', 'GET', '/api/me/personal-data.json', 'hr', undefined],
    ['GET /api/me/personal-data.csv', 'GET', '/api/me/personal-data.csv', 'hr', undefined],
    ['GET /health/ready', 'GET', '/health/ready', null, undefined],
  ] as const)('%s', async (_name, method, path, who, body) => {
    const headers: Record<string, string> = who ? { cookie: who === 'hr' ? hr : admin } : {};
    if (body !== undefined) headers['content-type'] = 'text/csv';
    expect(await call(method, path, headers, body)).toEqual(busy);
  });

  it('GET /scim/v2/Users: 503 with Retry-After, as a SCIM error', async () => {
    const answer = await call('GET', '/scim/v2/Users', { authorization: `Bearer ${scimToken}` });
    expect(answer).toEqual({
      status: 503,
      retryAfter: expect.stringMatching(/^\d+$/),
      contentType: expect.stringContaining('application/scim+json'),
      body: expect.objectContaining({ status: '503', detail: expect.stringMatching(/busy/i) }),
    });
  });

  it('once the connection is free again the same routes answer normally (the 503s were the full pool)', async () => {
    await held.release();
    expect((await call('GET', '/health/ready', {})).status).toBe(200);
    expect((await call('GET', '/api/me/personal-data.json', { cookie: hr })).status).toBe(200);
    expect((await call('GET', '/scim/v2/Users', { authorization: `Bearer ${scimToken}` })).status).toBe(200);
  });
});
