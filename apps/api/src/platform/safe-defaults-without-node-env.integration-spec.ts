import { createTestOrg, type TestOrg } from '../testing/fixtures';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';
import { loadConfig } from './config';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`;

async function signInCookie(t: TestApp, email: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { i: { email, password: TEST_PASSWORD } } }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie') ?? '';
}

const ide = (t: TestApp) => fetch(`${t.baseUrl}/graphql`, { headers: { accept: 'text/html' } });

describe('safe defaults without NODE_ENV', () => {
  it('configuration read from an empty environment (no NODE_ENV) has introspection off, trusts no proxy and serves no metrics', () => {
    const config = loadConfig({} as NodeJS.ProcessEnv);
    expect({ production: config.production, introspection: config.introspection, trustProxy: config.trustProxy, metricsToken: config.metricsToken }).toEqual({
      production: false,
      introspection: false,
      trustProxy: [],
      metricsToken: null,
    });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'on' } as NodeJS.ProcessEnv).introspection).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' } as NodeJS.ProcessEnv).trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' } as NodeJS.ProcessEnv)).toThrow(/must name the proxy/);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'yes please' } as NodeJS.ProcessEnv)).toThrow(/on or off/);
  });

  describe('started with the defaults (not production, nothing switched on)', () => {
    let t: TestApp;
    let org: TestOrg;
    beforeAll(async () => {
      t = await startTestApp({ ...loadConfig({} as NodeJS.ProcessEnv), webDist: null, jobs: false });
      org = await createTestOrg(t.pool, 'acme');
    });
    afterAll(() => t.close());

    it('refuses introspection', async () => {
      const r = await t.gql(`{ __schema { types { name } } }`);
      expect(r.errors?.[0].message).toMatch(/introspection is not allowed/i);
      expect(r.data ?? null).toBeNull();
    });

    it('does not suggest field names ("Did you mean …")', async () => {
      const r = await t.gql(`{ me { emai } }`);
      expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean/);
    });

    it('serves no GraphQL IDE', async () => {
      const res = await ide(t);
      expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
      expect(await res.text()).not.toMatch(/graphiql|playground|sandbox/i);
    });

    it('the session cookie is not Secure over plain HTTP, and a client cannot claim HTTPS with X-Forwarded-Proto', async () => {
      const cookie = await signInCookie(t, org.email('agent1'), { 'x-forwarded-proto': 'https' });
      expect(cookie).toMatch(/^pp_session=/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).not.toMatch(/Secure/);
    });
  });

  describe('with GRAPHQL_INTROSPECTION=on and TRUST_PROXY naming the proxy', () => {
    let t: TestApp;
    let org: TestOrg;
    beforeAll(async () => {
      t = await startTestApp({ ...loadConfig({ GRAPHQL_INTROSPECTION: 'on', TRUST_PROXY: '127.0.0.1' } as NodeJS.ProcessEnv), webDist: null, jobs: false });
      org = await createTestOrg(t.pool, 'acme');
    });
    afterAll(() => t.close());

    it('introspection, suggestions and the IDE are there for the developer who asked', async () => {
      expect((await t.gql(`{ __schema { queryType { name } } }`)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await t.gql(`{ me { emai } }`)).errors?.[0].message).toMatch(/Did you mean "email"/);
      const res = await ide(t);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toMatch(/graphiql/i);
    });

    it('the session cookie is Secure when the trusted proxy says the browser came over HTTPS', async () => {
      expect(await signInCookie(t, org.email('agent1'), { 'x-forwarded-proto': 'https' })).toMatch(/; Secure/);
      expect(await signInCookie(t, org.email('agent2'), { 'x-forwarded-proto': 'http' })).not.toMatch(/Secure/);
    });
  });
});
