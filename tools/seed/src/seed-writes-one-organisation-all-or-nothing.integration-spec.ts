import * as argon2 from 'argon2';
import { Client } from 'pg';
import { DEMO_PASSWORD, generateOrganisation } from './generate';
import { OrganisationExistsError, seedDemoOrganisation } from './seed';
import { freshDatabase } from './testing/database';

const TODAY = '2026-11-25';
let db: { url: string; drop(): Promise<void> };
let client: Client;

const count = async (sql: string, params: unknown[] = []) => Number((await client.query(sql, params)).rows[0].n);
const totals = async () => ({
  organisations: await count('SELECT count(*) AS n FROM organisation'),
  people: await count('SELECT count(*) AS n FROM person'),
  signals: await count('SELECT count(*) AS n FROM weekly_signal'),
  accounts: await count('SELECT count(*) AS n FROM account'),
});

beforeAll(async () => {
  db = await freshDatabase();
  client = new Client({ connectionString: db.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('seedDemoOrganisation writes a whole organisation in one transaction', () => {
  let result: Awaited<ReturnType<typeof seedDemoOrganisation>>;
  const progress: Array<[number, number]> = [];

  beforeAll(async () => {
    result = await seedDemoOrganisation(client, { today: TODAY, onProgress: (d, t) => progress.push([d, t]) });
  });

  it('stores every generated row', async () => {
    const org = generateOrganisation({ people: 300, slug: 'demo', name: 'Northwind Support', seed: 20260101, today: TODAY });
    const id = result.organisationId;
    expect(result.people).toBe(300);
    expect(await count('SELECT count(*) AS n FROM person WHERE organisation_id = $1', [id])).toBe(300);
    expect(await count('SELECT count(*) AS n FROM account WHERE organisation_id = $1', [id])).toBe(300);
    expect(await count('SELECT count(*) AS n FROM team WHERE organisation_id = $1', [id])).toBe(org.teams.length);
    expect(await count('SELECT count(*) AS n FROM weekly_signal WHERE organisation_id = $1', [id])).toBe([...org.signals()].length);
    expect(await count('SELECT count(*) AS n FROM work_mode_change WHERE organisation_id = $1', [id])).toBe(
      org.people.reduce((n, p) => n + p.workModes.length, 0),
    );
    expect(result.rows.weeklySignals).toBe([...org.signals()].length);
  });

  it('links the tree: every team but the root has a parent and a lead; managers are people of the org', async () => {
    expect(await count(`SELECT count(*) AS n FROM team WHERE parent_id IS NULL`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM team WHERE lead_id IS NULL`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM person WHERE manager_id IS NULL`)).toBe(1);
    expect(
      await count(`SELECT count(*) AS n FROM team t JOIN person p ON p.id = t.lead_id WHERE p.organisation_id <> t.organisation_id`),
    ).toBe(0);
  });

  it('starts everyone’s work-mode history at hire and keeps the current mode last', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM person p
                    WHERE p.hire_date <> (SELECT min(effective_from) FROM work_mode_change w WHERE w.person_id = p.id)
                       OR p.work_mode <> (SELECT work_mode FROM work_mode_change w WHERE w.person_id = p.id ORDER BY effective_from DESC LIMIT 1)`),
    ).toBe(0);
  });

  it('stores shift patterns as JSON blocks and signals on Mondays', async () => {
    const { rows } = await client.query(`SELECT shift_pattern FROM person WHERE email = 'agent@demo.pulse.test'`);
    expect(rows[0].shift_pattern[0]).toEqual({ day: expect.any(Number), start: expect.stringMatching(/^\d\d:\d\d$/), end: expect.stringMatching(/^\d\d:\d\d$/) });
    expect(await count(`SELECT count(*) AS n FROM weekly_signal WHERE extract(isodow FROM week_start) <> 1`)).toBe(0);
  });

  it('lets the demo accounts sign in with the demo password, with their roles', async () => {
    const { rows } = await client.query<{ email: string; roles: string[]; password_hash: string; disabled_at: Date | null }>(
      `SELECT email, roles, password_hash, disabled_at FROM account WHERE email LIKE '%@demo.pulse.test' AND email NOT LIKE '%.%@%' ORDER BY email`,
    );
    expect(rows.map((r) => [r.email, [...r.roles].sort()])).toEqual([
      ['admin@demo.pulse.test', ['ADMIN', 'AGENT']],
      ['agent@demo.pulse.test', ['AGENT']],
      ['hr@demo.pulse.test', ['AGENT', 'HR']],
      ['manager@demo.pulse.test', ['AGENT', 'MANAGER']],
    ]);
    for (const r of rows) {
      expect(r.disabled_at).toBeNull();
      expect(r.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(await argon2.verify(r.password_hash, DEMO_PASSWORD)).toBe(true);
    }
    expect(await count(`SELECT count(*) AS n FROM account a JOIN person p ON p.id = a.person_id WHERE (a.disabled_at IS NULL) <> (p.exit_date IS NULL)`)).toBe(0);
  });

  it('reports progress up to its total', () => {
    expect(progress.length).toBeGreaterThan(2);
    const [lastDone, total] = progress[progress.length - 1];
    expect(lastDone).toBe(total);
    for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThanOrEqual(progress[i - 1][0]);
  });

  it('refuses a slug that exists, and changes nothing', async () => {
    const before = await totals();
    await expect(seedDemoOrganisation(client, { today: TODAY })).rejects.toBeInstanceOf(OrganisationExistsError);
    expect(await totals()).toEqual(before);
    // The connection is usable afterwards: the transaction was rolled back, not left open.
    expect((await client.query('SELECT 1 AS one')).rows[0].one).toBe(1);
  });

  it('leaves nothing behind when a write fails half-way, and the connection stays usable', async () => {
    const before = await totals();
    const failHalfWay = (done: number, total: number) => {
      if (done > total / 2) throw new Error('disk on fire');
    };
    await expect(seedDemoOrganisation(client, { slug: 'rollback', people: 400, today: TODAY, onProgress: failHalfWay })).rejects.toThrow('disk on fire');
    expect(await totals()).toEqual(before);
    expect(await count(`SELECT count(*) AS n FROM organisation WHERE slug = 'rollback'`)).toBe(0);
    expect((await client.query(`SELECT current_setting('session_replication_role') AS r`)).rows[0].r).toBe('origin');
  });

  it('leaves nothing behind when the database rejects a row', async () => {
    // A constraint (added for this test only) rejects the signal rows, the last and largest table written.
    await client.query(`ALTER TABLE weekly_signal ADD CONSTRAINT seed_test_no_signals CHECK (week_start < '2000-01-01') NOT VALID`);
    try {
      const before = await totals();
      await expect(seedDemoOrganisation(client, { slug: 'rejected', people: 120, today: TODAY })).rejects.toThrow(/seed_test_no_signals/);
      expect(await totals()).toEqual(before);
    } finally {
      await client.query(`ALTER TABLE weekly_signal DROP CONSTRAINT seed_test_no_signals`);
    }
  });

  it('seeds a second organisation beside the first', async () => {
    const second = await seedDemoOrganisation(client, { slug: 'second', name: 'Second', people: 150, seed: 2, today: TODAY });
    expect(second.signIns[0].email).toBe('admin@second.pulse.test');
    expect(await count('SELECT count(*) AS n FROM person WHERE organisation_id = $1', [second.organisationId])).toBe(150);
    expect(await count(`SELECT count(*) AS n FROM person p JOIN person m ON m.id = p.manager_id WHERE m.organisation_id <> p.organisation_id`)).toBe(0);
  });
});
