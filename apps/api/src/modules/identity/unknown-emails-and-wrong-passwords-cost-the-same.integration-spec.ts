import argon2 from 'argon2';
import { Client } from 'pg';
import { DEMO_SIGN_INS, seedDemoOrganisation } from '@pulse/seed';
import { PASSWORD_HASH_PARAMS } from '@pulse/shared';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { accountId } }`;
const TRIES = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** [m, t, p] of a PHC string such as `$argon2id$v=19$m=19456,p=1,t=2$salt$hash`. */
const paramsOf = (hash: string) => {
  const params = Object.fromEntries(hash.split('$')[3].split(',').map((kv) => kv.split('=')));
  return [Number(params.m), Number(params.t), Number(params.p)];
};

describe('no account enumeration by timing: one argon2id parameter set everywhere', () => {
  let t: TestApp;
  let org: TestOrg;

  /** Server time of one refused sign-in, with the throttle's memory cleared so every try is checked. */
  const timeRefusal = async (email: string) => {
    await t.pool.query(`DELETE FROM login_attempt`);
    const started = performance.now();
    const r = await t.gql(SIGN_IN, { i: { email, password: 'not the password' } });
    const ms = performance.now() - started;
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    return ms;
  };
  /** Medians over alternating tries (alternating, so load from elsewhere on the machine hits both alike). */
  const compare = async (existing: string, unknown: string) => {
    await timeRefusal(unknown); // warms the dummy hash and the statement cache
    await timeRefusal(existing);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < TRIES; i++) {
      a.push(await timeRefusal(existing));
      b.push(await timeRefusal(unknown));
    }
    return { existing: median(a), unknown: median(b) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'timing');
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await seedDemoOrganisation(client, { people: 60, pulseWeeks: 1, today: '2026-03-02' });
    } finally {
      await client.end();
    }
  }, 120_000);
  afterAll(() => t.close());

  it("the demo seed hashes with the API's parameters", async () => {
    const agent = DEMO_SIGN_INS.find((s) => s.role === 'AGENT') ?? DEMO_SIGN_INS[0];
    const { rows } = await t.pool.query(`SELECT password_hash FROM account WHERE email = $1`, [agent.email]);
    expect(paramsOf(rows[0].password_hash)).toEqual([PASSWORD_HASH_PARAMS.memoryCost, PASSWORD_HASH_PARAMS.timeCost, PASSWORD_HASH_PARAMS.parallelism]);
  });

  it("a demo account's wrong password costs what an unknown e-mail costs (medians, generous tolerance)", async () => {
    const agent = DEMO_SIGN_INS.find((s) => s.role === 'AGENT') ?? DEMO_SIGN_INS[0];
    const { existing, unknown } = await compare(agent.email, 'nobody-at-all@demo.pulse.test');
    // Before the fix: about 3–5 times as long (64 MiB, t=3, p=4 against 19 MiB, t=2, p=1).
    expect(existing / unknown).toBeGreaterThan(0.6);
    expect(existing / unknown).toBeLessThan(1.6);
  }, 120_000);

  it('a hash made with other parameters is replaced on the next successful sign-in, and the password still works', async () => {
    const old = await argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 });
    await t.pool.query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [org.accounts.agent1, old]);
    await t.signIn(org.email('agent1'));
    const { rows } = await t.pool.query(`SELECT password_hash FROM account WHERE id = $1`, [org.accounts.agent1]);
    expect(rows[0].password_hash).not.toBe(old);
    expect(paramsOf(rows[0].password_hash)).toEqual([PASSWORD_HASH_PARAMS.memoryCost, PASSWORD_HASH_PARAMS.timeCost, PASSWORD_HASH_PARAMS.parallelism]);
    expect(await t.signIn(org.email('agent1'))).toMatch(/pp_session=/);
    const { existing, unknown } = await compare(org.email('agent1'), 'nobody@timing.test');
    expect(existing / unknown).toBeGreaterThan(0.6);
    expect(existing / unknown).toBeLessThan(1.6);
  }, 120_000);
});
