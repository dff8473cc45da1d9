// The equity report computes each person's time at risk and promotions in SQL. This test derives
// the same figures another way — raw rows read as the owner, intervals and events handed to the
// domain's promotionEquityStats — and requires every shown group to agree. Then it collects every
// group HR can request (each team, both dimensions) and hands them to the independent auditor.
import { promotionEquityStats, type PromotionEvent, type RiskInterval } from '@pulse/domain-career';
import { ALL, auditPublication, ORG, type PublishedCell } from '@pulse/disclosure-audit';
import { WORK_MODES } from '@pulse/shared';
import { DEMO_SIGN_INS, seedDemoOrganisation } from '@pulse/seed';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../../testing/test-app';

const TODAY = '2026-11-25';
const FROM = '2025-05-26';

let t: TestApp;
let cookie: string;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp();
  const client = new Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    await seedDemoOrganisation(client, { people: 300, pulseWeeks: 1, today: TODAY });
  } finally {
    await client.end();
  }
  const hr = DEMO_SIGN_INS.find((s) => s.role === 'HR')!;
  cookie = await t.signIn(hr.email, hr.password);
  orgId = (await t.pool.query(`SELECT organisation_id FROM account WHERE email = $1`, [hr.email])).rows[0].organisation_id;
}, 180_000);
afterAll(() => t.close());

type Person = { id: string; team_id: string | null; work_mode: string; entered: string; exit: string | null };

/** Raw history: who is on the ladder from when (a recorded level, else a mapped HRIS level from hire), and every promotion. */
async function rawHistory(): Promise<{ people: Person[]; promotions: PromotionEvent[]; subtree: (team: string) => Set<string> }> {
  const client = await t.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [orgId]);
    const people = (
      await client.query<Person>(
        `SELECT p.id, p.team_id, p.work_mode, to_char(p.exit_date, 'YYYY-MM-DD') AS exit,
                to_char(coalesce(CASE WHEN EXISTS (SELECT 1 FROM career_hris_level_map m WHERE m.organisation_id = p.organisation_id AND m.hris_level = p.level) THEN p.hire_date END,
                                 (SELECT min(effective_date) FROM career_level_change c WHERE c.organisation_id = p.organisation_id AND c.person_id = p.id)), 'YYYY-MM-DD') AS entered
           FROM person p WHERE p.organisation_id = $1`,
        [orgId],
      )
    ).rows.filter((p) => p.entered !== null);
    const promotions = (
      await client.query<{ person_id: string; d: string }>(`SELECT person_id, to_char(effective_date, 'YYYY-MM-DD') AS d FROM career_level_change WHERE organisation_id = $1 AND source = 'PROMOTION'`, [orgId])
    ).rows.map((r) => ({ personId: r.person_id, effectiveDate: r.d }));
    const teams = (await client.query<{ id: string; parent_id: string | null }>(`SELECT id, parent_id FROM team WHERE organisation_id = $1`, [orgId])).rows;
    await client.query('COMMIT');
    const subtree = (root: string) => {
      const out = new Set([root]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const tm of teams) {
          if (tm.parent_id && out.has(tm.parent_id) && !out.has(tm.id)) {
            out.add(tm.id);
            grew = true;
          }
        }
      }
      return out;
    };
    return { people, promotions, subtree };
  } finally {
    client.release();
  }
}

const EQUITY = `query($d: EquityDimension!, $f: Date, $to: Date) { promotionEquity(dimension: $d, from: $f, to: $to) {
  k groups { key workMode teamPath hidden people personYears promotions ratePerPersonYear rateLow rateHigh medianMonthsToPromotion }
  overall { key hidden people personYears promotions ratePerPersonYear } } }`;

type Group = { key: string; workMode: string | null; hidden: boolean; people: number | null; personYears: number | null; promotions: number | null; ratePerPersonYear: number | null; rateLow?: number | null; rateHigh?: number | null; medianMonthsToPromotion?: number | null };

describe('promotion equity figures are the statistics of the raw promotion history', () => {
  it.each(['WORK_MODE', 'TEAM'])('every shown group by %s agrees with the domain statistics over the raw rows', async (dimension) => {
    const r = await t.gql(EQUITY, { d: dimension, f: FROM, to: TODAY }, cookie);
    expect(r.errors).toBeUndefined();
    const report = r.data!.promotionEquity as { groups: Group[]; overall: Group };
    const { people, promotions, subtree } = await rawHistory();
    const shown = [...report.groups, report.overall].filter((g) => !g.hidden);
    expect(shown.length).toBeGreaterThan(1);
    for (const g of shown) {
      const [team, mode] = g.key.split('|');
      const teams = team === 'ORG' ? null : subtree(team);
      const members = people.filter((p) => (teams === null || (p.team_id !== null && teams.has(p.team_id))) && (mode === 'ALL' || p.work_mode === mode));
      const intervals: RiskInterval[] = members.map((p) => ({ personId: p.id, from: p.entered, to: p.exit }));
      const s = promotionEquityStats(intervals, promotions, { from: FROM, to: TODAY });
      expect({ key: g.key, people: g.people, promotions: g.promotions, personYears: g.personYears, rate: g.ratePerPersonYear }).toEqual({
        key: g.key,
        people: s.people,
        promotions: s.promotions,
        personYears: Math.round(s.personYears * 100) / 100,
        rate: s.ratePerPersonYear === null ? null : Math.round(s.ratePerPersonYear * 1000) / 1000,
      });
      if (g.rateLow !== undefined) expect([g.rateLow, g.rateHigh]).toEqual([s.rateLow, s.rateHigh].map((x) => (x === null ? null : Math.round(x * 1000) / 1000)));
      if (g.medianMonthsToPromotion !== undefined) expect(g.medianMonthsToPromotion).toEqual(s.medianMonthsToPromotion === null ? null : Math.round(s.medianMonthsToPromotion * 10) / 10);
    }
  });

  it('the demo shows remote agents promoted at under three quarters of the rate of hybrid and office agents', async () => {
    const r = await t.gql(EQUITY, { d: 'WORK_MODE', f: FROM, to: TODAY }, cookie);
    const groups = (r.data!.promotionEquity as { groups: Group[] }).groups;
    const remote = groups.find((g) => g.workMode === 'REMOTE')!;
    const others = groups.filter((g) => g.workMode !== 'REMOTE');
    expect(remote.hidden).toBe(false);
    for (const g of others) {
      expect(g.hidden).toBe(false);
      expect(remote.ratePerPersonYear!).toBeLessThan(0.75 * g.ratePerPersonYear!);
    }
  });

  it('every group HR can request, over every team and both dimensions, passes the independent disclosure auditor', async () => {
    const client = await t.pool.connect();
    let teams: Array<{ id: string; parent_id: string | null }>;
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [orgId]);
      teams = (await client.query(`SELECT id, parent_id FROM team WHERE organisation_id = $1`, [orgId])).rows;
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const QUERY = `query($d: EquityDimension!, $t: ID, $f: Date, $to: Date) { promotionEquity(dimension: $d, teamId: $t, from: $f, to: $to) { k groups { key hidden people } overall { key hidden people } } }`;
    const seen = new Map<string, { hidden: boolean; people: number | null }>();
    let k = 0;
    for (const teamId of [null, ...teams.map((tm) => tm.id)]) {
      for (const d of ['WORK_MODE', 'TEAM']) {
        const r = await t.gql(QUERY, { d, t: teamId, f: FROM, to: TODAY }, cookie);
        expect(r.errors).toBeUndefined();
        const report = r.data!.promotionEquity as { k: number; groups: Group[]; overall: Group };
        k = report.k;
        for (const g of [...report.groups, report.overall]) {
          const before = seen.get(g.key);
          // One decision: a group reads the same in every request that shows it.
          if (before) expect({ hidden: g.hidden, people: g.people }).toEqual(before);
          seen.set(g.key, { hidden: g.hidden, people: g.people });
        }
      }
    }
    const cells: PublishedCell[] = [...seen]
      .filter(([, g]) => !g.hidden)
      .map(([key, g]) => {
        const [team, mode] = key.split('|');
        return { team: team === 'ORG' ? ORG : team, workMode: mode === 'ALL' ? ALL : mode, tenureBand: ALL, n: g.people! };
      });
    expect(cells.length).toBeGreaterThan(10);
    expect([...seen.values()].some((g) => g.hidden)).toBe(true);
    const report = auditPublication({ k, teams: teams.map((tm) => ({ key: tm.id, parent: tm.parent_id })), workModes: WORK_MODES, tenureBands: ['ANY'], cells });
    expect(report.leaks.map((l) => `${l.target}: ${l.count}`)).toEqual([]);
    expect(report.inconsistencies).toEqual([]);
  }, 120_000);
});
