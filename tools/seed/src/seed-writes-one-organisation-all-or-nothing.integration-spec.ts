import * as argon2 from 'argon2';
import { Client } from 'pg';
import { DEMO_PASSWORD, generateOrganisation } from './generate';
import { OrganisationExistsError, seedDemoOrganisation } from './seed';
import { DEMO_SUPPORT_MESSAGES } from './support-message';
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
  programs: await count('SELECT count(*) AS n FROM pulse_program'),
  waves: await count('SELECT count(*) AS n FROM pulse_wave'),
  invitations: await count('SELECT count(*) AS n FROM pulse_invitation'),
  responses: await count('SELECT count(*) AS n FROM pulse_response'),
  plans: await count('SELECT count(*) AS n FROM action_plan'),
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

  let seconds = 0;

  beforeAll(async () => {
    const t = Date.now();
    result = await seedDemoOrganisation(client, { today: TODAY, onProgress: (d, t) => progress.push([d, t]) });
    seconds = (Date.now() - t) / 1000;
  });

  it('seeds the demo organisation, pulse history included, in a few seconds', () => {
    console.log(`demo organisation seeded in ${seconds.toFixed(2)} s`, result.rows);
    expect(seconds).toBeLessThan(10);
  });

  it('stores the pulse history: programs, waves, every invitation and response, action plans, no rollups or alerts', async () => {
    const org = generateOrganisation({ people: 300, slug: 'demo', name: 'Northwind Support', seed: 20260101, today: TODAY });
    const history = org.pulse();
    const entries = [...history.entries()];
    const id = result.organisationId;
    const n = async (table: string) => count(`SELECT count(*) AS n FROM ${table} WHERE organisation_id = $1`, [id]);
    expect(await n('pulse_program')).toBe(2);
    expect(await n('pulse_wave')).toBe(history.waves.length);
    expect(await n('pulse_invitation')).toBe(entries.length);
    expect(await n('pulse_response')).toBe(entries.filter((e) => e.response).length);
    expect(await n('action_plan')).toBe(history.actionPlans.length);
    expect(await n('pulse_rollup')).toBe(0);
    expect(await n('pulse_alert')).toBe(0);
    expect(result.rows).toMatchObject({
      pulsePrograms: 2, pulseWaves: history.waves.length, pulseInvitations: entries.length,
      pulseResponses: entries.filter((e) => e.response).length, actionPlans: history.actionPlans.length,
    });
    // Every response answers an invitation, inside its window, with the invitation's snapshot.
    expect(
      await count(`SELECT count(*) AS n FROM pulse_response r LEFT JOIN pulse_invitation i ON i.wave_id = r.wave_id AND i.person_id = r.person_id
                    WHERE r.organisation_id = $1 AND (i.wave_id IS NULL OR r.submitted_at NOT BETWEEN i.opens_at AND i.closes_at
                       OR r.team_ids <> i.team_ids OR r.work_mode <> i.work_mode OR r.tenure_band <> i.tenure_band)`, [id]),
    ).toBe(0);
    // Snapshots start at the person's own team and end at the root.
    expect(
      await count(`SELECT count(*) AS n FROM pulse_invitation i JOIN person p ON p.id = i.person_id
                    WHERE i.organisation_id = $1 AND (i.team_ids[1] <> p.team_id
                       OR i.team_ids[cardinality(i.team_ids)] <> (SELECT id FROM team WHERE parent_id IS NULL AND organisation_id = $1))`, [id]),
    ).toBe(0);
    // Scores are stored as JSON numbers the API can aggregate.
    const { rows } = await client.query(
      `SELECT avg((scores->>'cbi.work')::numeric)::float AS cbi, count(*) FILTER (WHERE comment IS NOT NULL)::int AS comments
         FROM pulse_response WHERE organisation_id = $1`, [id],
    );
    expect(rows[0].cbi).toBeGreaterThan(30);
    expect(rows[0].cbi).toBeLessThan(55);
    expect(rows[0].comments).toBeGreaterThan(100);
    expect(await count(`SELECT count(*) AS n FROM pulse_wave WHERE organisation_id = $1 AND status = 'OPEN'`, [id])).toBe(2);
    // Each wave records the k it opened with (the organisation's, 5 by default), as the scheduler does.
    expect(await count(`SELECT count(*) AS n FROM pulse_wave WHERE organisation_id = $1 AND confidentiality_k IS DISTINCT FROM 5`, [id])).toBe(0);
    const { rows: plans } = await client.query(
      `SELECT a.title, a.measure, o.email AS owner, c.email AS creator FROM action_plan a JOIN person o ON o.id = a.owner_person_id
         JOIN account c ON c.id = a.created_by_account_id WHERE a.organisation_id = $1 ORDER BY a.due_on`, [id],
    );
    expect(plans[0]).toEqual({ title: 'Rebalance queue assignments', measure: 'cbi.work', owner: 'manager@demo.pulse.test', creator: 'manager@demo.pulse.test' });
  });

  it('writes the career history through the foreign keys and row-level security of the career tables', async () => {
    const org = generateOrganisation({ people: 300, slug: 'demo', name: 'Northwind Support', seed: 20260101, today: TODAY });
    const career = org.career();
    const id = result.organisationId;
    const n = async (table: string) => count(`SELECT count(*) AS n FROM ${table} WHERE organisation_id = $1`, [id]);
    const expected = {
      career_ladder_version: 1, career_hris_level_map: career.hrisLevelMap.length, career_level_change: career.levelChanges.length,
      competency_assessment: career.assessments.length, career_goal: career.goals.length, customer_insight: career.insights.length,
    };
    for (const [table, rows] of Object.entries(expected)) expect([table, await n(table)]).toEqual([table, rows]);
    expect(result.rows).toMatchObject({ careerLevelChanges: career.levelChanges.length, competencyAssessments: career.assessments.length, customerInsights: career.insights.length });
    // As the API's role sees them: every row visible under the organisation's setting, none under another's.
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL ROLE pulse_app');
      await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [id]);
      for (const [table, rows] of Object.entries(expected)) expect([table, await count(`SELECT count(*) AS n FROM ${table}`)]).toEqual([table, rows]);
      await client.query(`SELECT set_config('app.organisation_id', gen_random_uuid()::text, true)`);
      for (const table of Object.keys(expected)) expect([table, await count(`SELECT count(*) AS n FROM ${table}`)]).toEqual([table, 0]);
    } finally {
      await client.query('ROLLBACK');
    }
    // The ladder as published, and the demo agent's goal two levels up with their current level from the history.
    const { rows: ladder } = await client.query(`SELECT effective_from::text AS effective, jsonb_array_length(definition->'levels') AS levels, a.email
                                                   FROM career_ladder_version v JOIN account a ON a.id = v.published_by_account_id WHERE v.organisation_id = $1`, [id]);
    expect(ladder).toEqual([{ effective: career.ladderEffectiveFrom, levels: 9, email: 'hr@demo.pulse.test' }]);
    const { rows: agent } = await client.query(
      `SELECT g.target_level_key AS goal, (SELECT c.level_key FROM career_level_change c WHERE c.person_id = p.id ORDER BY c.effective_date DESC LIMIT 1) AS level
         FROM person p JOIN career_goal g ON g.person_id = p.id WHERE p.email = 'agent@demo.pulse.test'`,
    );
    expect(agent).toEqual([{ goal: 'specialist', level: 'agent-2' }]);
    // Promotions are decided by accounts of the same organisation.
    expect(await count(`SELECT count(*) AS n FROM career_level_change c WHERE c.organisation_id = $1 AND c.source IN ('PROMOTION', 'LATERAL') AND c.decided_by_account_id IS NULL`, [id])).toBe(0);
  });

  it('gives the demo organisation its support / EAP message in all four languages', async () => {
    const { rows } = await client.query(`SELECT support_message, support_messages FROM organisation WHERE id = $1`, [result.organisationId]);
    expect(rows[0].support_message).toBe(DEMO_SUPPORT_MESSAGES.en);
    expect(Object.keys(rows[0].support_messages).sort()).toEqual(['en', 'pl', 'zh-Hans', 'zh-Hant']);
    expect(rows[0].support_messages.pl).toContain('Program Pomocy Pracowniczej');
  });

  it('leaves the demo agent this week’s pulse to answer', async () => {
    const { rows } = await client.query(
      `SELECT w.period_start::text AS period, w.status, r.id AS response FROM pulse_invitation i JOIN person p ON p.id = i.person_id
         JOIN pulse_wave w ON w.id = i.wave_id JOIN pulse_program g ON g.id = w.program_id
         LEFT JOIN pulse_response r ON r.wave_id = i.wave_id AND r.person_id = i.person_id
        WHERE p.email = 'agent@demo.pulse.test' AND g.cadence = 'WEEKLY' ORDER BY w.period_start DESC LIMIT 1`,
    );
    expect(rows[0]).toEqual({ period: '2026-11-23', status: 'OPEN', response: null });
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

  it('leaves nothing behind when the database rejects a pulse response, the last bulk table written', async () => {
    await client.query(`ALTER TABLE pulse_response ADD CONSTRAINT seed_test_no_responses CHECK (revision > 1) NOT VALID`);
    try {
      const before = await totals();
      await expect(seedDemoOrganisation(client, { slug: 'rejected-pulse', people: 120, today: TODAY })).rejects.toThrow(/seed_test_no_responses/);
      expect(await totals()).toEqual(before);
    } finally {
      await client.query(`ALTER TABLE pulse_response DROP CONSTRAINT seed_test_no_responses`);
    }
  });

  it('leaves nothing behind when the database rejects a row', async () => {
    // A constraint (added for this test only) rejects the signal rows, the largest people table written.
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
