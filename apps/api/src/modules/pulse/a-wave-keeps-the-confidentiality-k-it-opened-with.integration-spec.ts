import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';
import { PulseRollupService } from './pulse-rollup.service';
import { PulseSchedulerService } from './pulse-scheduler.service';

const PROGRAM = {
  name: 'Weekly wellbeing',
  cadence: 'WEEKLY',
  itemsPerPulse: 5,
  itemIds: ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11', 'cbi.work.12', 'cbi.work.13', 'single-item-burnout.1', 'enps.recommend'],
  windowHours: 72,
  reminderHoursBeforeClose: 24,
  startsOn: '2026-03-02',
};
const RESULTS = `query($p: ID, $t: ID) { pulseResults(programId: $p, teamId: $t, measure: "cbi.work") {
  k periodStart
  overall { shown hiddenReason respondents measures { measure value hiddenReason } }
  byWorkMode { workMode shown hiddenReason respondents }
  byTeam { label shown hiddenReason respondents measures { measure value } }
  trend { periods series { key values hiddenReasons } }
} }`;
const SET_K = `mutation($k: Int!) { updateOrganisationSettings(input: { confidentialityK: $k }) { confidentialityK } }`;

describe("a pulse wave keeps the confidentiality k it opened with; changing the setting applies to waves opened afterwards", () => {
  let t: TestApp;
  let org: TestOrg;
  let programId: string;
  const cookies: Record<string, string> = {};

  const waveOf = async (sequence: number) =>
    (await t.pool.query(`SELECT id, status, confidentiality_k FROM pulse_wave WHERE program_id = $1 AND sequence = $2`, [programId, sequence])).rows[0] as
      | { id: string; status: string; confidentiality_k: number | null }
      | undefined;
  const tick = (at: string) => t.app.get(PulseSchedulerService).tick(new Date(at));
  /** Everyone invited answers (stored directly: how they answer is another suite's business). */
  const everyoneAnswers = (waveId: string) =>
    t.pool.query(
      `INSERT INTO pulse_response (organisation_id, wave_id, person_id, answers, scores, team_ids, work_mode, tenure_band)
       SELECT organisation_id, wave_id, person_id, a.answers, a.answers, team_ids, work_mode, tenure_band
         FROM (SELECT *, row_number() OVER (ORDER BY person_id) AS i FROM pulse_invitation WHERE wave_id = $1) inv
         -- Rollups score the stored answers (ADR 0011): three CBI work items, different per person.
         CROSS JOIN LATERAL (SELECT jsonb_build_object('cbi.work.7', 25 * (i % 5), 'cbi.work.8', 50, 'cbi.work.9', 25 * ((i + 2) % 5)) AS answers) a`,
      [waveId],
    );
  /** The pulse as agent1 sees it while answering (their window moved to now: the scheduler's clock is in 2026-03). */
  const kToldTo = async (waveId: string) => {
    await t.pool.query(`UPDATE pulse_invitation SET opens_at = now() - interval '1 hour', closes_at = now() + interval '1 day' WHERE wave_id = $1 AND person_id = $2`, [waveId, org.people.agent1]);
    const r = await t.gql(`{ myOpenPulses { waveId confidentialityK } }`, {}, cookies.agent1);
    expect(r.errors).toBeUndefined();
    return (r.data?.myOpenPulses as TestJson[]).find((p) => p.waveId === waveId)?.confidentialityK;
  };
  /** Every figure HR and the team's manager read about the program. */
  const everything = async () => {
    const read = async (query: string, variables: Record<string, unknown>, cookie: string) => {
      const r = await t.gql(query, variables, cookie);
      expect(r.errors).toBeUndefined();
      return r.data as TestJson;
    };
    return {
      organisation: await read(RESULTS, { p: programId }, cookies.hr),
      tier1: await read(RESULTS, { p: programId, t: org.teams.tier1 }, cookies.lead),
      heatmap: await read(`query($p: ID) { pulseHeatmap(programId: $p) { periodStart measures rows { name respondents values hiddenReasons } } }`, { p: programId }, cookies.hr),
      plans: await read(`{ actionPlans { title before beforePeriod after afterPeriod } }`, {}, cookies.hr),
      alerts: await read(`{ pulseAlerts { kind label workMode measure previous current } }`, {}, cookies.hr),
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'kwave');
    await t.pool.query(`UPDATE team SET lead_id = $2 WHERE id = $1`, [org.teams.tier1, org.people.lead]);
    // Tier 1 gets seven people: shown with k = 5, hidden with k = 8.
    for (let i = 0; i < 4; i++) {
      await t.pool.query(
        `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, team_id, manager_id, work_mode, time_zone, hire_date)
         VALUES ($1, $2, $3, 'Extra', $4, $5, $6, 'REMOTE', 'Europe/Warsaw', '2024-01-15')`,
        [org.organisationId, `kwave-x${i}`, `x${i}@kwave.test`, `X${i}`, org.teams.tier1, org.people.lead],
      );
    }
    for (const k of ['head', 'hr', 'lead', 'agent1'] as const) cookies[k] = await t.signIn(org.email(k));
    const created = await t.gql(`mutation($i: PulseProgramInput!) { createPulseProgram(input: $i) { id } }`, { i: PROGRAM }, cookies.hr);
    programId = created.data!.createPulseProgram.id;
    await t.gql(`mutation($id: ID!) { activatePulseProgram(id: $id) { status } }`, { id: programId }, cookies.hr);
  });
  afterAll(() => t.close());

  it('the setting accepts 3 to 10 only, with a clear message, and the database refuses anything else too', async () => {
    for (const [k, message] of [
      [11, 'confidentialityK can be at most 10'],
      [50, 'confidentialityK can be at most 10'],
      [2, 'confidentialityK can never be below 3'],
    ] as const) {
      const r = await t.gql(SET_K, { k }, cookies.head);
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(r.errors?.[0].message).toContain(message);
    }
    await expect(t.pool.query(`UPDATE organisation SET confidentiality_k = 11 WHERE id = $1`, [org.organisationId])).rejects.toThrow(/organisation_k_range/);
    expect((await t.gql(SET_K, { k: 10 }, cookies.head)).data?.updateOrganisationSettings.confidentialityK).toBe(10);
    expect((await t.gql(SET_K, { k: 5 }, cookies.head)).data?.updateOrganisationSettings.confidentialityK).toBe(5);
  });

  it('a wave records the k of the moment it opens and tells it to the people invited; a planned wave has none yet', async () => {
    await tick('2026-03-04T06:00:00Z');
    const first = await waveOf(0);
    expect(first).toMatchObject({ status: 'OPEN', confidentiality_k: 5 });
    expect(await waveOf(1)).toMatchObject({ status: 'SCHEDULED', confidentiality_k: null });
    expect(await kToldTo(first!.id)).toBe(5);
    await expect(t.pool.query(`UPDATE pulse_wave SET confidentiality_k = NULL WHERE id = $1`, [first!.id])).rejects.toThrow(/pulse_wave_k_once_open/);
  });

  it('after the setting changes, recomputing a closed wave changes none of its figures', async () => {
    const first = (await waveOf(0))!;
    await everyoneAnswers(first.id);
    await tick('2026-03-07T00:00:00Z');
    expect((await waveOf(0))!.status).toBe('CLOSED');
    const plan = await t.gql(
      `mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { before } }`,
      { i: { teamId: org.teams.tier1, programId, title: 'Quieter queue', ownerPersonId: org.people.lead, dueOn: '2026-04-30', measure: 'cbi.work' } },
      cookies.hr,
    );
    expect(plan.data?.createActionPlan.before).toEqual(expect.any(Number));
    const before = await everything();
    expect(before.tier1.pulseResults).toMatchObject({ k: 5, overall: { shown: true, respondents: 7 } });

    expect((await t.gql(SET_K, { k: 8 }, cookies.head)).errors).toBeUndefined();
    await t.app.get(PulseRollupService).recomputeWave(first.id, org.organisationId);
    expect(await everything()).toEqual(before);
    // The rollup itself still hides with 5, not 8.
    const { rows } = await t.pool.query(`SELECT shown, respondents FROM pulse_rollup WHERE wave_id = $1 AND team_key = $2 AND work_mode = 'ALL' AND tenure_band = 'ALL'`, [first.id, org.teams.tier1]);
    expect(rows).toEqual([{ shown: true, respondents: 7 }]);
  });

  it('a wave opened after the change uses the new k, while the trend keeps each earlier wave with its own', async () => {
    // Planned before the change, opened after it: the new k.
    await tick('2026-03-10T06:00:00Z');
    const second = (await waveOf(1))!;
    expect(second).toMatchObject({ status: 'OPEN', confidentiality_k: 8 });
    expect(await kToldTo(second.id)).toBe(8);
    await everyoneAnswers(second.id);
    await tick('2026-03-14T00:00:00Z');
    expect((await waveOf(1))!.status).toBe('CLOSED');

    const r = await t.gql(RESULTS, { p: programId, t: org.teams.tier1 }, cookies.lead);
    const res = r.data?.pulseResults;
    expect(res.k).toBe(8);
    expect(res.overall).toMatchObject({ shown: false, hiddenReason: 'FEWER_THAN_K', respondents: null });
    const all = (res.trend.series as TestJson[]).find((s) => s.key === 'ALL');
    expect(res.trend.periods).toEqual(['2026-03-02', '2026-03-09']);
    expect(all.values[0]).toEqual(expect.any(Number));
    expect([all.values[1], all.hiddenReasons[1]]).toEqual([null, 'FEWER_THAN_K']);
    // The organisation (12 people) is large enough for 8.
    const whole = await t.gql(RESULTS, { p: programId }, cookies.hr);
    expect(whole.data?.pulseResults).toMatchObject({ k: 8, overall: { shown: true, respondents: 12 } });
  });
});
