import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { seedCareer } from './career-test-fixtures';

type Who = 'agent1' | 'lead' | 'peerManager' | 'hr' | 'head' | 'foreign';
const ROLES: Who[] = ['agent1', 'lead', 'peerManager', 'hr', 'head', 'foreign'];
const MODES = [null, 'REMOTE', 'HYBRID', 'OFFICE'];
const BOOLS = [null, true, false];
const STATUSES = [null, 'NEW', 'ACCEPTED', 'DONE', 'DECLINED'];
/** Codes a choice may answer with; anything else (INTERNAL_SERVER_ERROR above all) fails the sweep. */
const ALLOWED = new Set(['OK', 'FORBIDDEN', 'NOT_FOUND']);

describe('every career query with every combination of its filters answers for every role without a server error', () => {
  let t: TestApp;
  let org: TestOrg;
  const cookie = {} as Record<Who, string>;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'careersweep');
    const other = await createTestOrg(t.pool, 'careersweepother');
    await seedCareer(t.pool, org);
    await seedCareer(t.pool, other);
    // Data in every state the filters select: ideas in each status, assessments of each kind, a goal and a promotion.
    const o = org.organisationId;
    const [{ id: version }] = (await t.pool.query(`SELECT id FROM career_ladder_version WHERE organisation_id = $1`, [o])).rows;
    for (const [i, status] of ['NEW', 'ACCEPTED', 'DONE', 'DECLINED'].entries()) {
      await t.pool.query(
        `INSERT INTO customer_insight (organisation_id, author_person_id, team_id, title, customer_said, frequency, suggested_change, tags, status, decline_reason, triaged_at)
         VALUES ($1, $2, $3, $4, 'said', 'DAILY', 'change', '{x}', $5, $6, CASE WHEN $5 = 'NEW' THEN NULL ELSE now() END)`,
        [o, [org.people.agent1, org.people.agent2, org.people.agent3, org.people.lead][i], org.teams.tier1, `idea ${i}`, status, status === 'DECLINED' ? 'no' : null],
      );
    }
    for (const [kind, by] of [['SELF', org.people.agent1], ['MANAGER', org.people.lead], ['PEER', org.people.agent2]] as const) {
      await t.pool.query(
        `INSERT INTO competency_assessment (organisation_id, person_id, competency_key, assessor_kind, assessor_person_id, proficiency, ladder_version_id) VALUES ($1, $2, 'empathy', $3, $4, 3, $5)`,
        [o, org.people.agent1, kind, by, version],
      );
    }
    await t.pool.query(`INSERT INTO career_goal (organisation_id, person_id, target_level_key) VALUES ($1, $2, 'specialist')`, [o, org.people.agent1]);
    await t.pool.query(
      `INSERT INTO career_level_change (organisation_id, person_id, level_key, effective_date, source, from_level_key, ladder_version_id) VALUES ($1, $2, 'team-lead', current_date - 200, 'PROMOTION', 'senior-agent', $3)`,
      [o, org.people.agent3, version],
    );
    for (const who of ['agent1', 'lead', 'peerManager', 'hr', 'head'] as const) cookie[who] = await t.signIn(org.email(who));
    cookie.foreign = await t.signIn(other.email('hr'));
  });
  afterAll(() => t.close());

  const teams = () => [null, org.teams.support, org.teams.tier1, org.teams.tier2];

  const calls = (): Array<[string, string, Record<string, unknown>]> => {
    const out: Array<[string, string, Record<string, unknown>]> = [];
    out.push(['careerLadder', `query($d: Date) { careerLadder(asOf: $d) { versionId levels { key } } }`, { d: null }]);
    out.push(['careerLadder', `query($d: Date) { careerLadder(asOf: $d) { versionId } }`, { d: '2020-01-01' }]);
    for (const q of ['careerLadderTemplate { versionId }', 'careerLadderVersions { id }', 'hrisLevelMappings { hrisLevel }', 'unmappedHrisLevels { hrisLevel }', 'myCareer { personId path { steps { readiness { percent } } } standings { gap } evidence { kind } }'])
      out.push([q.split(' ')[0], `{ ${q} }`, {}]);
    for (const p of [org.people.agent1, org.people.agent3, org.people.hr]) {
      out.push(['careerProfile', `query($p: ID!) { careerProfile(personId: $p) { personId nextStepReadiness { percent } } }`, { p }]);
      for (const target of ['specialist', 'agent-1', 'trainer']) out.push(['pathTo', `query($p: ID, $t: String!) { pathTo(personId: $p, targetLevelKey: $t) { steps { toLevelKey } } }`, { p, t: target }]);
    }
    for (const teamId of teams())
      for (const workMode of MODES) {
        for (const readyOnly of BOOLS) out.push(['promotionReadiness', `query($t: ID, $m: WorkMode, $r: Boolean) { promotionReadiness(teamId: $t, workMode: $m, readyOnly: $r, first: 2) { total nextCursor items { personId readiness { percent } } } }`, { t: teamId, m: workMode, r: readyOnly }]);
        out.push(['progressionSummary', `query($t: ID, $m: WorkMode) { progressionSummary(teamId: $t, workMode: $m) { people readyNow } }`, { t: teamId, m: workMode }]);
      }
    for (const teamId of teams()) out.push(['calibration', `query($t: ID) { calibration(teamId: $t) { cells { self manager peer } } }`, { t: teamId }]);
    for (const teamId of teams())
      for (const status of STATUSES)
        for (const mine of BOOLS) out.push(['customerInsights', `query($t: ID, $s: InsightStatus, $mi: Boolean) { customerInsights(teamId: $t, status: $s, mine: $mi, first: 1) { total nextCursor items { id } } }`, { t: teamId, s: status, mi: mine }]);
    for (const [from, to] of [[null, null], ['2024-01-01', null], [null, '2025-12-31'], ['2024-01-01', '2026-12-31']])
      out.push(['adoptedIdeasByTeam', `query($f: Date, $to: Date) { adoptedIdeasByTeam(from: $f, to: $to) { teamPath } }`, { f: from, to }]);
    for (const dimension of ['WORK_MODE', 'TEAM'])
      for (const teamId of teams())
        for (const [from, to] of [[null, null], ['2024-01-01', '2026-12-31']])
          out.push(['promotionEquity', `query($d: EquityDimension!, $t: ID, $f: Date, $to: Date) { promotionEquity(dimension: $d, teamId: $t, from: $f, to: $to) { groups { hidden people ratePerPersonYear } overall { hidden } gapNote } }`, { d: dimension, t: teamId, f: from, to }]);
    return out;
  };

  it.each(ROLES)('%s', async (who) => {
    const failures: string[] = [];
    let answered = 0;
    for (const [name, query, variables] of calls()) {
      const r = await t.gql(query, variables, cookie[who]);
      const code = r.errors?.[0]?.extensions?.code ?? 'OK';
      // A path to a level that cannot be reached (or from an unmapped level) is an explained refusal.
      const explained = name === 'pathTo' && code === 'BAD_USER_INPUT' && /cannot be reached|not on the ladder|is the current level/.test(r.errors![0].message);
      if ((!ALLOWED.has(code) && !explained) || r.status >= 500) failures.push(`${name} ${JSON.stringify(variables)} → ${code}: ${r.errors?.[0]?.message}`);
      if (code === 'OK') answered++;
    }
    expect(failures).toEqual([]);
    // The sweep reaches data for every role (not only refusals).
    expect(answered).toBeGreaterThan(5);
  });

  it('the paging cursor walks the whole readiness list once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: { data?: { promotionReadiness: { items: Array<{ personId: string }>; nextCursor: string | null } } | null } = await t.gql(
        `query($a: String) { promotionReadiness(first: 2, after: $a) { items { personId } nextCursor } }`, { a: after }, cookie.hr);
      seen.push(...r.data!.promotionReadiness.items.map((i) => i.personId));
      after = r.data!.promotionReadiness.nextCursor;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(7);
    expect((await t.gql(`{ promotionReadiness(after: "bm9wZQ") { total } }`, {}, cookie.hr)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
