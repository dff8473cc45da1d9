import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { listOperations } from './operation-catalogue';

describe('permissions: every operation declares who may call it (default deny)', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    // Introspection lists the schema's operations; the metrics token lets the scrape below through.
    t = await startTestApp({ introspection: true, metricsToken: 'scrape-secret' });
    org = await createTestOrg(t.pool, 'acme');
  });
  afterAll(() => t.close());

  it('lists every query, mutation and route with its permission (a diff here changes who can reach what)', () => {
    const ops = listOperations(t.app);
    expect(ops.filter((o) => o.access === 'UNDECLARED')).toEqual([]);
    expect(ops.map((o) => `${o.operation} → ${o.access}`)).toMatchSnapshot();
  });

  it('every operation is in the GraphQL schema exactly once in the catalogue', async () => {
    const r = await t.gql(`{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`);
    const schemaOps = [
      ...r.data!.__schema.queryType.fields.map((f: { name: string }) => `Query ${f.name}`),
      ...r.data!.__schema.mutationType.fields.map((f: { name: string }) => `Mutation ${f.name}`),
    ].sort();
    const catalogued = listOperations(t.app).map((o) => o.operation).filter((o) => /^(Query|Mutation) /.test(o));
    expect(catalogued).toEqual(schemaOps);
  });

  it.each([
    ['AGENT', 'agent1', ['profile']],
    ['MANAGER', 'manager', ['profile', 'people']],
    ['HR', 'hr', ['profile', 'people', 'export', 'pulsePrograms']],
    ['ADMIN', 'head', ['profile', 'people', 'settings', 'accounts', 'audit', 'sso']],
  ] as const)('%s reaches exactly what the catalogue grants', async (_role, key, allowed) => {
    const cookie = await t.signIn(org.email(key));
    const probes: Record<string, () => Promise<boolean>> = {
      profile: async () => !(await t.gql(`mutation { updateMyProfile(input: {}) { id } }`, {}, cookie)).errors,
      people: async () => !(await t.gql(`{ people { total } }`, {}, cookie)).errors,
      settings: async () => !(await t.gql(`{ organisationSettings { id } }`, {}, cookie)).errors,
      accounts: async () => !(await t.gql(`{ accounts { id } }`, {}, cookie)).errors,
      audit: async () => !(await t.gql(`{ auditEvents { id } }`, {}, cookie)).errors,
      pulsePrograms: async () => !(await t.gql(`{ pulsePrograms { id } }`, {}, cookie)).errors,
      sso: async () => !(await t.gql(`{ scimTokens { id } }`, {}, cookie)).errors,
      export: async () => (await fetch(`${t.baseUrl}/api/exports/people.csv`, { headers: { cookie } })).status === 200,
    };
    const reached: string[] = [];
    for (const [name, probe] of Object.entries(probes)) if (await probe()) reached.push(name);
    expect(reached.sort()).toEqual([...allowed].sort());
  });

  it('anonymous callers get UNAUTHENTICATED for everything but sign-in, me and health', async () => {
    const r = await t.gql(`{ teams { id } }`);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(`{ me { email } }`)).data).toEqual({ me: null });
    expect((await fetch(`${t.baseUrl}/health/ready`)).status).toBe(200);
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(401);
    const metrics = await (await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: 'Bearer scrape-secret' } })).text();
    expect(metrics).toMatch(/pulse_http_request_duration_seconds_bucket\{.*route="\/graphql"/);
  });
});
