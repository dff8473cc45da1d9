import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { LOGIN_LIMITS } from './identity.service';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`;

/** One sign-in over real HTTP; the answer's code (or OK) and whether a session cookie came back. */
async function signIn(t: TestApp, email: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: SIGN_IN, variables: { i: { email, password } } }),
  });
  const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return body.errors?.[0]?.extensions?.code ?? 'OK';
}

const tally = (codes: string[]) => codes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {});

describe('sign-in throttling holds under concurrency and spoofed addresses', () => {
  describe('without TRUST_PROXY (the default)', () => {
    let t: TestApp;
    let org: TestOrg;
    beforeAll(async () => {
      t = await startTestApp();
      org = await createTestOrg(t.pool, 'acme');
    });
    afterAll(() => t.close());
    beforeEach(() => t.pool.query(`DELETE FROM login_attempt`));

    it(`20 concurrent wrong passwords for one account: only ${LOGIN_LIMITS.perEmail} reach the password check, the rest are refused`, async () => {
      const codes = await Promise.all(Array.from({ length: 20 }, () => signIn(t, org.email('agent1'), 'wrong password')));
      // Concurrent attempts may see each other's rows early, so fewer than the limit can get through; never more.
      expect(tally(codes).UNAUTHENTICATED).toBeGreaterThanOrEqual(1);
      expect(tally(codes).UNAUTHENTICATED).toBeLessThanOrEqual(LOGIN_LIMITS.perEmail);
      expect(tally(codes).TOO_MANY_REQUESTS).toBe(20 - tally(codes).UNAUTHENTICATED);
      // Refused attempts leave no rows behind (a flood does not grow the table).
      const { rows } = await t.pool.query(`SELECT count(*)::int AS n FROM login_attempt WHERE key = $1`, [`email:${org.email('agent1')}`]);
      expect(rows[0].n).toBe(tally(codes).UNAUTHENTICATED);
      // Whatever the burst let through, one after another the guesses still stop at the limit in all…
      let checked = tally(codes).UNAUTHENTICATED;
      for (let i = 0; i < LOGIN_LIMITS.perEmail; i++) if ((await signIn(t, org.email('agent1'), 'wrong password')) === 'UNAUTHENTICATED') checked++;
      expect(checked).toBe(LOGIN_LIMITS.perEmail);
      // …and the account is then locked for the window, even with the right password.
      expect(await signIn(t, org.email('agent1'), TEST_PASSWORD)).toBe('TOO_MANY_REQUESTS');
    });

    it('two replicas on one database share the count: 20 concurrent guesses split between them still pass the limit at most', async () => {
      const replica = await startTestApp({}, { sameDatabaseAs: t });
      try {
        const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(i % 2 ? replica : t, org.email('manager'), 'wrong password')));
        expect(tally(codes).UNAUTHENTICATED).toBeLessThanOrEqual(LOGIN_LIMITS.perEmail);
        expect(tally(codes).TOO_MANY_REQUESTS).toBe(20 - tally(codes).UNAUTHENTICATED);
      } finally {
        await replica.close();
      }
    });

    it('sequential wrong passwords: exactly the limit is checked, the next one is refused', async () => {
      const codes: string[] = [];
      for (let i = 0; i <= LOGIN_LIMITS.perEmail; i++) codes.push(await signIn(t, org.email('agent2'), 'wrong password'));
      expect(codes).toEqual([...Array(LOGIN_LIMITS.perEmail).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
    });

    it('a correct password forgives earlier failures and does not count against the address', async () => {
      for (let i = 0; i < LOGIN_LIMITS.perEmail - 1; i++) expect(await signIn(t, org.email('lead'), 'wrong password')).toBe('UNAUTHENTICATED');
      expect(await signIn(t, org.email('lead'), TEST_PASSWORD)).toBe('OK');
      const { rows } = await t.pool.query(`SELECT key FROM login_attempt ORDER BY key`);
      expect(rows.map((r: { key: string }) => r.key)).toEqual(Array(LOGIN_LIMITS.perEmail - 1).fill('ip:127.0.0.1'));
    });

    it('a new spoofed X-Forwarded-For on every request does not reset the per-address limit', async () => {
      const codes: string[] = [];
      for (let i = 0; i <= LOGIN_LIMITS.perAddress; i++) {
        // A different unknown e-mail each time, so only the per-address limit can refuse.
        codes.push(await signIn(t, `nobody${i}@acme.test`, 'wrong password', { 'x-forwarded-for': `203.0.113.${i + 1}` }));
      }
      expect(codes.slice(0, LOGIN_LIMITS.perAddress).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
      expect(codes[LOGIN_LIMITS.perAddress]).toBe('TOO_MANY_REQUESTS');
      const { rows } = await t.pool.query(`SELECT DISTINCT key FROM login_attempt WHERE key LIKE 'ip:%'`);
      expect(rows).toEqual([{ key: 'ip:127.0.0.1' }]);
    });
  });

  describe('with TRUST_PROXY naming the proxy', () => {
    let t: TestApp;
    let org: TestOrg;
    beforeAll(async () => {
      t = await startTestApp({ trustProxy: ['127.0.0.1'] });
      org = await createTestOrg(t.pool, 'acme');
    });
    afterAll(() => t.close());

    it("the proxy's X-Forwarded-For names the client: each client has its own per-address count", async () => {
      await signIn(t, org.email('agent1'), 'wrong password', { 'x-forwarded-for': '198.51.100.7' });
      // A spoofed entry before the proxy's own is not believed: the address the proxy saw counts.
      await signIn(t, org.email('agent2'), 'wrong password', { 'x-forwarded-for': '6.6.6.6, 198.51.100.8' });
      const { rows } = await t.pool.query(`SELECT key FROM login_attempt WHERE key LIKE 'ip:%' ORDER BY key`);
      expect(rows.map((r: { key: string }) => r.key)).toEqual(['ip:198.51.100.7', 'ip:198.51.100.8']);
    });
  });
});
