import { aggregateMeasure, type MeasureAggregate } from '@pulse/domain-pulse';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';

const ATTENTION = `query($m: String, $first: Int) { pulseAttention(measure: $m, first: $first) {
  measure recentPeriods periods teams { teamId name path reasons burnoutEarlier burnoutRecent burnoutBeyondNoise participationEarlier participationRecent values }
} }`;

/** Eight people around `mean` (±10): the aggregate a rollup stores. */
const around = (mean: number, n = 8): MeasureAggregate => aggregateMeasure('cbi.work', Array.from({ length: n }, (_, i) => mean + (i % 2 === 0 ? 10 : -10)));

describe('pulseAttention: teams needing attention in your scope, from shown rollup cells only', () => {
  let t: TestApp;
  let acme: TestOrg;
  let globex: TestOrg;
  const cookies: Record<string, string> = {};
  const periods: string[] = [];

  /** Eight closed weekly waves; per team the weekly CBI work mean (null: the cell is hidden). */
  async function history(org: TestOrg, means: Record<string, Array<number | null>>): Promise<void> {
    const [p] = (
      await t.pool.query(
        `INSERT INTO pulse_program (organisation_id, name, status, cadence, items_per_pulse, item_ids, starts_on) VALUES ($1, 'Weekly wellbeing pulse', 'ACTIVE', 'WEEKLY', 3, $2, '2026-01-05') RETURNING id`,
        [org.organisationId, ['cbi.work.7', 'cbi.work.8', 'cbi.work.9']],
      )
    ).rows;
    for (let i = 0; i < 8; i++) {
      const period = new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10);
      if (org === acme) periods.push(period);
      const [w] = (
        await t.pool.query(
          `INSERT INTO pulse_wave (organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, closed_at, confidentiality_k)
           VALUES ($1, $2, $3, $4, $5, 'CLOSED', $4::date, $4::date + 3, $4::date + 3, 5) RETURNING id`,
          [org.organisationId, p.id, i, period, ['cbi.work.7', 'cbi.work.8', 'cbi.work.9']],
        )
      ).rows;
      for (const [teamKey, series] of Object.entries(means)) {
        const mean = series[i];
        await t.pool.query(
          `INSERT INTO pulse_rollup (wave_id, team_key, work_mode, tenure_band, organisation_id, program_id, period_start, invited, respondents, measures, shown, hidden_reason)
           VALUES ($1, $2, 'ALL', 'ALL', $3, $4, $5, 10, 8, $6, $7, $8)`,
          [w.id, teamKey, org.organisationId, p.id, period, JSON.stringify({ 'cbi.work': around(mean ?? 50) }), mean !== null, mean === null ? 'COMPLEMENTARY' : null],
        );
      }
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    acme = await createTestOrg(t.pool, 'acme');
    globex = await createTestOrg(t.pool, 'globex');
    await t.pool.query(`UPDATE team SET lead_id = $2 WHERE id = $1`, [acme.teams.tier1, acme.people.lead]);
    await t.pool.query(`UPDATE team SET lead_id = $2 WHERE id = $1`, [acme.teams.tier2, acme.people.peerManager]);
    await t.pool.query(`UPDATE team SET lead_id = $2 WHERE id = $1`, [acme.teams.support, acme.people.head]);
    await history(acme, {
      ORG: [40, 40, 41, 40, 52, 54, 55, 56],
      [acme.teams.support]: [40, 40, 41, 40, 52, 54, 55, 56],
      // The overloaded team: 35 → 68, one recent week hidden to protect a smaller group.
      [acme.teams.tier1]: [35, 36, 35, 34, 60, null, 66, 68],
      // A smaller rise, and a team that stays flat.
      [acme.teams.tier2]: [40, 40, 40, 40, 52, 52, 52, 52],
    });
    await history(globex, { ORG: Array(8).fill(40), [globex.teams.tier1]: [30, 30, 30, 30, 80, 80, 80, 80] });
    for (const k of ['hr', 'lead', 'manager', 'peerManager', 'agent1'] as const) cookies[k] = await t.signIn(acme.email(k));
  });
  afterAll(() => t.close());

  it('HR sees the biggest beyond-noise rise first, with path, reason and a sparkline series with gaps where hidden', async () => {
    const r = await t.gql(ATTENTION, {}, cookies.hr);
    expect(r.errors).toBeUndefined();
    const a = r.data?.pulseAttention as TestJson;
    expect(a).toMatchObject({ measure: 'cbi.work', recentPeriods: 4, periods });
    expect(a.teams.map((x: TestJson) => x.path)).toEqual(['Support / Tier 1', 'Support / Tier 2']);
    expect(a.teams[0]).toMatchObject({ name: 'Tier 1', reasons: ['BURNOUT_RISING'], burnoutEarlier: 35, burnoutRecent: 64.67, burnoutBeyondNoise: true });
    expect(a.teams[0].values).toEqual([35, 36, 35, 34, 60, null, 66, 68]);
  });

  it('a parent whose rise a listed sub-team explains is not listed again', async () => {
    const a = (await t.gql(ATTENTION, {}, cookies.hr)).data?.pulseAttention as TestJson;
    expect(a.teams.map((x: TestJson) => x.teamId)).not.toContain(acme.teams.support);
  });

  it.each([
    ['lead', () => [acme.teams.tier1]],
    ['manager', () => [acme.teams.tier1]],
    ['peerManager', () => [acme.teams.tier2]],
  ] as const)('the %s sees only teams in their own line', async (who, expected) => {
    const r = await t.gql(ATTENTION, {}, cookies[who]);
    expect(r.errors).toBeUndefined();
    expect((r.data?.pulseAttention as TestJson).teams.map((x: TestJson) => x.teamId)).toEqual(expected());
  });

  it('first limits the list', async () => {
    const a = (await t.gql(ATTENTION, { first: 1 }, cookies.hr)).data?.pulseAttention as TestJson;
    expect(a.teams).toHaveLength(1);
  });

  it('a measure the program did not ask gives an empty list, not figures from elsewhere', async () => {
    const a = (await t.gql(ATTENTION, { m: 'single-item-burnout' }, cookies.hr)).data?.pulseAttention as TestJson;
    expect(a).toMatchObject({ measure: 'single-item-burnout', periods: [], teams: [] });
  });

  it('an agent is refused; without a session nothing is returned', async () => {
    const agent = await t.gql(ATTENTION, {}, cookies.agent1);
    expect(agent.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(agent.data?.pulseAttention ?? null).toBeNull();
    const anonymous = await t.gql(ATTENTION, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("another organisation's teams never appear", async () => {
    const a = (await t.gql(ATTENTION, {}, cookies.hr)).data?.pulseAttention as TestJson;
    expect(a.teams.map((x: TestJson) => x.teamId)).not.toContain(globex.teams.tier1);
  });
});
