import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';

describe('GraphQL hardening', () => {
  describe('limits (every mode)', () => {
    let t: TestApp;
    let org: TestOrg;
    beforeAll(async () => {
      t = await startTestApp();
      org = await createTestOrg(t.pool, 'acme');
    });
    afterAll(() => t.close());

    it('rejects a query nested deeper than the limit before running it', async () => {
      const cookie = await t.signIn(org.email('hr'));
      const deep = `{ me { person { manager { manager { manager { manager { manager { manager { manager { id } } } } } } } } } }`;
      const r = await t.gql(deep, {}, cookie);
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(r.errors?.[0].message).toMatch(/nested \d+ levels deep; the limit is 5/);
    });

    it('rejects alias flooding', async () => {
      const q = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
      const r = await t.gql(q);
      expect(r.errors?.[0].message).toMatch(/40 aliases; the limit is 15/);
    });

    it('rejects a query whose estimated cost is too high', async () => {
      const q = `{ people(first: 200) { items { directReports { directReports { directReports { id } } } } } }`;
      const r = await t.gql(q);
      expect(r.errors?.[0].message).toMatch(/cost \d+ exceeds the limit/);
    });

    it('refuses a simple cross-site request (CSRF prevention)', async () => {
      const res = await fetch(`${t.baseUrl}/graphql?query=%7Bme%7Bemail%7D%7D`, { method: 'GET' });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/CSRF/i);
    });
  });

  describe('production mode', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ production: true });
    });
    afterAll(() => t.close());

    it('has introspection off', async () => {
      const r = await t.gql(`{ __schema { types { name } } }`);
      expect(r.errors?.[0].message).toMatch(/introspection/i);
    });

    it('never returns stack traces or internal messages', async () => {
      // Breaking the database mid-flight produces a real internal error.
      await t.pool.query(`ALTER TABLE organisation RENAME TO organisation_gone`);
      try {
        const r = await t.gql(`mutation { signIn(input: { email: "x@y.z", password: "p" }) { email } }`);
        const body = JSON.stringify(r);
        expect(body).not.toMatch(/stack|organisation_gone|relation|QueryFailedError|at .*\.ts/);
      } finally {
        await t.pool.query(`ALTER TABLE organisation_gone RENAME TO organisation`);
      }
    });
  });
});
