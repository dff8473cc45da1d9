import { SUPPORT_LADDER } from '@pulse/domain-career';
import { createTestOrg, type TestOrg } from '../../testing/fixtures';
import { startTestApp, type TestApp, type TestJson } from '../../testing/test-app';
import { ladderInput, PUBLISH, seedCareer } from './career-test-fixtures';

const today = () => new Date().toISOString().slice(0, 10);
type Who = 'agent1' | 'agent2' | 'agent3' | 'lead' | 'peerManager' | 'hr' | 'head' | 'foreign';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('careers: the person, their reporting line and HR, nobody else (permissions, validation, effective dating, promotions, triage)', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  const cookie = {} as Record<Who, string>;
  let firstVersion: string;

  const call = async (who: Who, query: string, variables: Record<string, unknown> = {}) => t.gql<TestJson>(query, variables, cookie[who]);
  const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code ?? 'OK';

  beforeAll(async () => {
    t = await startTestApp();
    org = await createTestOrg(t.pool, 'career');
    other = await createTestOrg(t.pool, 'othercareer');
    ({ versionId: firstVersion } = await seedCareer(t.pool, org));
    await seedCareer(t.pool, other);
    for (const who of ['agent1', 'agent2', 'agent3', 'lead', 'peerManager', 'hr', 'head'] as const) cookie[who] = await t.signIn(org.email(who));
    cookie.foreign = await t.signIn(other.email('hr'));
  });
  afterAll(() => t.close());

  describe('who may call what', () => {
    it.each([
      ['careerLadder', `{ careerLadder { versionId } }`, { agent1: 'OK', lead: 'OK', hr: 'OK', head: 'OK', foreign: 'OK' }],
      ['careerLadderTemplate', `{ careerLadderTemplate { versionId levels { key } } }`, { agent1: 'FORBIDDEN', lead: 'FORBIDDEN', hr: 'OK', head: 'FORBIDDEN' }],
      ['careerLadderVersions', `{ careerLadderVersions { id } }`, { agent1: 'FORBIDDEN', lead: 'FORBIDDEN', hr: 'OK', head: 'FORBIDDEN' }],
      ['hrisLevelMappings', `{ hrisLevelMappings { hrisLevel } }`, { agent1: 'FORBIDDEN', lead: 'FORBIDDEN', hr: 'OK', head: 'FORBIDDEN' }],
      ['unmappedHrisLevels', `{ unmappedHrisLevels { hrisLevel people } }`, { agent1: 'FORBIDDEN', lead: 'FORBIDDEN', hr: 'OK', head: 'FORBIDDEN' }],
      ['myCareer', `{ myCareer { personId } }`, { agent1: 'OK', lead: 'OK', hr: 'OK', head: 'OK', foreign: 'OK' }],
      ['promotionReadiness', `{ promotionReadiness { total } }`, { agent1: 'FORBIDDEN', lead: 'OK', peerManager: 'OK', hr: 'OK', head: 'OK' }],
      ['progressionSummary', `{ progressionSummary { people } }`, { agent1: 'FORBIDDEN', lead: 'OK', hr: 'OK', head: 'OK' }],
      ['calibration', `{ calibration { competencyKeys } }`, { agent1: 'FORBIDDEN', lead: 'OK', hr: 'OK', head: 'OK' }],
      ['customerInsights', `{ customerInsights { total } }`, { agent1: 'OK', lead: 'OK', hr: 'OK', head: 'OK' }],
      ['adoptedIdeasByTeam', `{ adoptedIdeasByTeam { teamPath } }`, { agent1: 'FORBIDDEN', lead: 'FORBIDDEN', hr: 'OK', head: 'FORBIDDEN' }],
      ['promotionEquity', `{ promotionEquity(dimension: WORK_MODE) { k } }`, { agent1: 'FORBIDDEN', lead: 'FORBIDDEN', hr: 'OK', head: 'FORBIDDEN' }],
      ['mapHrisLevel', `mutation { mapHrisLevel(hrisLevel: "Agent II", levelKey: "agent-2") { hrisLevel } }`, { agent1: 'FORBIDDEN', lead: 'FORBIDDEN', head: 'FORBIDDEN', hr: 'OK' }],
      ['clearCareerGoal', `mutation { clearCareerGoal { personId } }`, { agent1: 'OK', lead: 'OK', hr: 'OK', head: 'OK' }],
    ] as const)('%s', async (_name, query, expected) => {
      for (const [who, want] of Object.entries(expected)) expect([who, code(await call(who as Who, query))]).toEqual([who, want]);
    });

    it('careerProfile: the line and HR see a person; another manager, another tenant and an unknown id get the same NOT_FOUND; agents are refused', async () => {
      const q = `query($p: ID!) { careerProfile(personId: $p) { personId currentLevelKey assessments { id } } }`;
      const expected: Array<[Who, string, string]> = [
        ['lead', org.people.agent1, 'OK'],
        ['head', org.people.agent1, 'OK'],
        ['hr', org.people.agent1, 'OK'],
        ['peerManager', org.people.agent1, 'NOT_FOUND'],
        ['foreign', org.people.agent1, 'NOT_FOUND'],
        ['lead', UNKNOWN, 'NOT_FOUND'],
        ['agent1', org.people.agent2, 'FORBIDDEN'],
      ];
      for (const [who, p, want] of expected) expect([who, p, code(await call(who, q, { p }))]).toEqual([who, p, want]);
    });

    it("an agent cannot read another agent's path (NOT_FOUND, same as an unknown id) but previews their own", async () => {
      const q = `query($p: ID, $t: String!) { pathTo(personId: $p, targetLevelKey: $t) { steps { toLevelKey } } }`;
      expect(code(await call('agent1', q, { p: org.people.agent2, t: 'senior-agent' }))).toBe('NOT_FOUND');
      expect(code(await call('agent1', q, { p: UNKNOWN, t: 'senior-agent' }))).toBe('NOT_FOUND');
      const own = await call('agent1', q, { t: 'specialist' });
      expect(own.data.pathTo.steps.map((s: { toLevelKey: string }) => s.toLevelKey)).toEqual(['senior-agent', 'specialist']);
    });

    it('lists hold exactly the caller’s line: the lead sees agent1 and agent2, the peer manager agent3, another tenant nobody of ours', async () => {
      const names = async (who: Who) => (await call(who, `{ promotionReadiness(first: 200) { items { personId } } }`)).data.promotionReadiness.items.map((r: { personId: string }) => r.personId).sort();
      expect(await names('lead')).toEqual([org.people.agent1, org.people.agent2].sort());
      expect(await names('peerManager')).toEqual([org.people.agent3]);
      expect(await names('foreign')).not.toContain(org.people.agent1);
      const hr = await names('hr');
      expect(hr).toEqual(expect.arrayContaining([org.people.agent1, org.people.agent2, org.people.agent3, org.people.lead]));
      expect(hr).not.toContain(org.people.hr);
    });

    it('a team outside the line, or of another tenant, is NOT_FOUND as a filter', async () => {
      expect(code(await call('lead', `query($t: ID) { promotionReadiness(teamId: $t) { total } }`, { t: org.teams.tier2 }))).toBe('NOT_FOUND');
      expect(code(await call('lead', `query($t: ID) { progressionSummary(teamId: $t) { people } }`, { t: org.teams.tier1 }))).toBe('OK');
      expect(code(await call('foreign', `query($t: ID) { calibration(teamId: $t) { competencyKeys } }`, { t: org.teams.tier1 }))).toBe('NOT_FOUND');
      expect(code(await call('agent1', `query($t: ID) { customerInsights(teamId: $t) { total } }`, { t: org.teams.tier1 }))).toBe('NOT_FOUND');
    });
  });

  describe('assessments', () => {
    const record = (who: Who, personId: string, assessorKind: string, proficiency = 3) =>
      call(who, `mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id assessorKind assessorName proficiency } }`, {
        i: { personId, competencyKey: 'empathy', assessorKind, proficiency, evidence: 'Calmed an angry caller' },
      });

    it('SELF for yourself, MANAGER for your line, PEER for a teammate; everything else refused', async () => {
      expect(code(await record('agent1', org.people.agent1, 'SELF'))).toBe('OK');
      expect(code(await record('agent1', org.people.agent2, 'SELF'))).toBe('BAD_USER_INPUT');
      expect(code(await record('agent1', org.people.agent2, 'MANAGER'))).toBe('FORBIDDEN');
      expect(code(await record('lead', org.people.agent1, 'MANAGER', 4))).toBe('OK');
      expect(code(await record('lead', org.people.lead, 'MANAGER'))).toBe('BAD_USER_INPUT');
      expect(code(await record('peerManager', org.people.agent1, 'MANAGER'))).toBe('NOT_FOUND');
      expect(code(await record('foreign', org.people.agent1, 'MANAGER'))).toBe('NOT_FOUND');
      expect(code(await record('agent2', org.people.agent1, 'PEER', 2))).toBe('OK');
      expect(code(await record('agent3', org.people.agent1, 'PEER'))).toBe('NOT_FOUND');
      expect(code(await record('agent1', org.people.agent1, 'SELF', 7))).toBe('BAD_USER_INPUT');
      const unknown = await call('agent1', `mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`, { i: { personId: org.people.agent1, competencyKey: 'juggling', assessorKind: 'SELF', proficiency: 2 } });
      expect(unknown.errors?.[0].message).toMatch(/no competency "juggling"/);
    });

    it('the manager rating counts over the self rating, peers are shown unnamed and do not count', async () => {
      const me = (await call('agent1', `{ myCareer { standings { competencyKey current selfOnly } assessments { assessorKind assessorName } } }`)).data.myCareer;
      expect(me.standings.find((s: { competencyKey: string }) => s.competencyKey === 'empathy')).toEqual({ competencyKey: 'empathy', current: 4, selfOnly: false });
      expect(me.assessments.find((a: { assessorKind: string }) => a.assessorKind === 'PEER').assessorName).toBeNull();
      expect(me.assessments.find((a: { assessorKind: string }) => a.assessorKind === 'MANAGER').assessorName).toBe('Lead CAREER');
    });
  });

  describe('ladder publishing', () => {
    it('reports every problem with a path and refuses to publish (BAD_USER_INPUT, extensions.issues); the dry run lists the same', async () => {
      const bad = ladderInput(SUPPORT_LADDER, today());
      bad.levels[0].expectations.push({ competencyKey: 'telepathy', proficiency: 3 });
      bad.moves.push({ fromLevelKey: 'agent-1', toLevelKey: 'astronaut', kind: 'PROMOTION', requiredCertifications: [] });
      const r = await call('hr', PUBLISH, { i: bad });
      expect(code(r)).toBe('BAD_USER_INPUT');
      const issues = (r.errors![0].extensions as { issues: Array<{ code: string; path: string }> }).issues;
      expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['UNKNOWN_COMPETENCY', 'UNKNOWN_LEVEL']));
      expect(issues.find((i) => i.code === 'UNKNOWN_COMPETENCY')!.path).toMatch(/^levels\/0\/expectations\//);
      const dry = await call('hr', `query($i: CareerLadderInput!) { validateCareerLadder(input: $i) { code path message } }`, { i: bad });
      expect(dry.data.validateCareerLadder.map((i: { code: string }) => i.code)).toEqual(issues.map((i) => i.code));
      expect((await call('hr', `query($i: CareerLadderInput!) { validateCareerLadder(input: $i) { code } }`, { i: ladderInput(SUPPORT_LADDER, today()) })).data.validateCareerLadder).toEqual([]);
    });

    it('carries what a translated issue needs beyond its path as params (what breaks a name’s line, a cycle’s levels), in the dry run and the refusal alike', async () => {
      const bad = ladderInput(SUPPORT_LADDER, today());
      bad.levels[1].name.pl = `${bad.levels[1].name.pl}\t2`;
      const up = bad.moves.find((m) => m.kind === 'PROMOTION')!;
      bad.moves.push({ fromLevelKey: up.toLevelKey, toLevelKey: up.fromLevelKey, kind: 'PROMOTION', requiredCertifications: [] });
      type Issue = { code: string; path: string; params: { lineProblem?: string | null; cycle?: string[] | null } | null };
      const dry = await call('hr', `query($i: CareerLadderInput!) { validateCareerLadder(input: $i) { code path params { lineProblem cycle } } }`, { i: bad });
      const checked = dry.data.validateCareerLadder as Issue[];
      expect(checked.map((i) => [i.code, i.path])).toEqual([
        ['NOT_SINGLE_LINE', 'levels/1/name/pl'],
        ['PROMOTION_CYCLE', expect.stringMatching(/^moves\/\d+$/)],
      ]);
      expect(checked[0]!.params).toEqual({ lineProblem: 'TAB', cycle: null });
      const cycle = checked[1]!.params!.cycle!;
      expect(cycle).toEqual(expect.arrayContaining([up.fromLevelKey, up.toLevelKey]));
      expect(cycle[0]).toBe(cycle[cycle.length - 1]);
      const refused = ((await call('hr', PUBLISH, { i: bad })).errors![0].extensions as { issues: Issue[] }).issues;
      expect(refused.map((i) => i.params)).toEqual([{ lineProblem: 'TAB' }, { cycle }]);
    });

    it('never changes the past: a date before today is refused', async () => {
      const r = await call('hr', PUBLISH, { i: ladderInput(SUPPORT_LADDER, '2024-06-01') });
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/today/);
    });

    it('an organisation without a ladder reads null and HR starts from the template', async () => {
      const fresh = await createTestOrg(t.pool, 'noladder');
      const c = await t.signIn(fresh.email('hr'));
      expect((await t.gql(`{ careerLadder { versionId } }`, {}, c)).data!.careerLadder).toBeNull();
      const tpl = (await t.gql<TestJson>(`{ careerLadderTemplate { versionId levels { key } } }`, {}, c)).data!.careerLadderTemplate;
      expect(tpl.versionId).toBe('template');
      expect(tpl.levels.map((l: { key: string }) => l.key)).toContain('specialist');
      expect(code(await t.gql(`{ myCareer { personId currentLevelKey path { targetLevelKey } } }`, {}, c))).toBe('OK');
    });
  });

  describe('effective dating', () => {
    it('a new version changes readiness from its date; past assessments and promotions keep their version and values', async () => {
      const before = (await call('lead', `query($p: ID!) { careerProfile(personId: $p) { nextStepReadiness { percent reasons { kind met message } } } }`, { p: org.people.agent1 })).data.careerProfile;
      const stricter = ladderInput(SUPPORT_LADDER, today(), 'Senior agents show more empathy');
      const senior = stricter.levels.find((l) => l.key === 'senior-agent')!;
      senior.expectations = senior.expectations.map((e) => (e.competencyKey === 'empathy' ? { ...e, proficiency: 5 } : e));
      const pub = await call('hr', PUBLISH, { i: stricter });
      expect(code(pub)).toBe('OK');
      const after = (await call('lead', `query($p: ID!) { careerProfile(personId: $p) { nextStepReadiness { percent reasons { kind met message } } } }`, { p: org.people.agent1 })).data.careerProfile;
      expect(after.nextStepReadiness.reasons.map((r: { message: string }) => r.message)).toContain('Empathy 4 of 5 expected');
      expect(before.nextStepReadiness.reasons.map((r: { message: string }) => r.message)).not.toContain('Empathy 4 of 5 expected');
      expect(after.nextStepReadiness.percent).toBeLessThanOrEqual(before.nextStepReadiness.percent);
      // History: the earlier assessments and the initial levels still name the first version; the old ladder reads as it was.
      const { rows } = await t.pool.query(`SELECT DISTINCT ladder_version_id FROM competency_assessment WHERE organisation_id = $1`, [org.organisationId]);
      expect(rows.map((r) => r.ladder_version_id)).toEqual([firstVersion]);
      const changes = await t.pool.query(`SELECT DISTINCT ladder_version_id FROM career_level_change WHERE organisation_id = $1`, [org.organisationId]);
      expect(changes.rows.map((r) => r.ladder_version_id)).toEqual([firstVersion]);
      const old = (await call('agent1', `{ careerLadder(asOf: "2025-01-01") { versionId levels { key expectations { competencyKey proficiency } } } }`)).data.careerLadder;
      expect(old.versionId).toBe(firstVersion);
      expect(old.levels.find((l: { key: string }) => l.key === 'senior-agent').expectations.find((e: { competencyKey: string }) => e.competencyKey === 'empathy').proficiency).toBeLessThan(5);
      // The same date again replaces only a version that has not started yet.
      expect(code(await call('hr', PUBLISH, { i: stricter }))).toBe('BAD_USER_INPUT');
      const versions = (await call('hr', `{ careerLadderVersions { id effectiveFrom note } }`)).data.careerLadderVersions;
      expect(versions.map((v: { note: string }) => v.note)).toEqual(['Senior agents show more empathy', 'first']);
    });
  });

  describe('promotions', () => {
    const promote = (who: Who, personId: string, toLevelKey: string, idempotencyKey: string, effectiveDate = today()) =>
      call(who, `mutation($i: RecordPromotionInput!) { recordPromotion(input: $i) { currentLevelKey monthsInLevel } }`, { i: { personId, toLevelKey, effectiveDate, idempotencyKey } });

    it('only an allowed move, only by HR or the manager chain; a retry with the same key records one change', async () => {
      expect(code(await promote('agent2', org.people.agent1, 'senior-agent', 'promo-agent1-a'))).toBe('FORBIDDEN');
      expect(code(await promote('peerManager', org.people.agent1, 'senior-agent', 'promo-agent1-a'))).toBe('NOT_FOUND');
      expect(code(await promote('foreign', org.people.agent1, 'senior-agent', 'promo-agent1-a'))).toBe('NOT_FOUND');
      const skip = await promote('lead', org.people.agent1, 'support-manager', 'promo-agent1-x');
      expect(code(skip)).toBe('BAD_USER_INPUT');
      expect(skip.errors![0].message).toMatch(/allows no move from "agent-2" to "support-manager"; allowed: senior-agent/);
      const first = await promote('lead', org.people.agent1, 'senior-agent', 'promo-agent1-a');
      expect(first.data.recordPromotion).toEqual({ currentLevelKey: 'senior-agent', monthsInLevel: 0 });
      const again = await promote('lead', org.people.agent1, 'senior-agent', 'promo-agent1-a');
      expect(again.data.recordPromotion).toEqual(first.data.recordPromotion);
      const { rows } = await t.pool.query(`SELECT count(*)::int AS n FROM career_level_change WHERE organisation_id = $1 AND person_id = $2 AND source = 'PROMOTION'`, [org.organisationId, org.people.agent1]);
      expect(rows[0].n).toBe(1);
      expect(code(await promote('lead', org.people.agent1, 'specialist', 'promo-agent1-a'))).toBe('BAD_USER_INPUT');
      expect(code(await promote('lead', org.people.lead, 'support-manager', 'promo-self'))).toBe('FORBIDDEN');
      // HR promotes from the mapped HRIS level (agent2 is 'Agent I' → agent-1).
      const hr = await promote('hr', org.people.agent2, 'agent-2', 'promo-agent2-a');
      expect(hr.data.recordPromotion.currentLevelKey).toBe('agent-2');
    });
  });

  describe('customer insights', () => {
    const triage = (who: Who, id: string, status: string, declineReason?: string) =>
      call(who, `mutation($id: ID!, $s: InsightStatus!, $r: String) { triageCustomerInsight(id: $id, status: $s, declineReason: $r) { status declineReason triagedByName } }`, { id, s: status, r: declineReason ?? null });

    it('NEW → ACCEPTED → DONE, or declined with a reason; only the author’s line triages; accepted ideas are evidence', async () => {
      const rec = await call('agent1', `mutation($i: RecordCustomerInsightInput!) { recordCustomerInsight(input: $i) { id status authorName teamPath } }`, {
        i: { title: 'Refund status by SMS', customerSaid: 'I never know where my refund is', frequency: 'DAILY', suggestedChange: 'Text the refund status', tags: ['Refunds', 'refunds '] },
      });
      const id = rec.data.recordCustomerInsight.id;
      expect(rec.data.recordCustomerInsight).toMatchObject({ status: 'NEW', teamPath: 'Support / Tier 1' });
      const second = (await call('agent1', `mutation($i: RecordCustomerInsightInput!) { recordCustomerInsight(input: $i) { id } }`, {
        i: { title: 'Chat at night', customerSaid: 'No one answers at 2am', frequency: 'WEEKLY', suggestedChange: 'Night chat', tags: [] },
      })).data.recordCustomerInsight.id;

      expect(code(await triage('agent2', id, 'ACCEPTED'))).toBe('FORBIDDEN');
      expect(code(await triage('peerManager', id, 'ACCEPTED'))).toBe('NOT_FOUND');
      expect(code(await triage('foreign', id, 'ACCEPTED'))).toBe('NOT_FOUND');
      expect(code(await triage('lead', id, 'DONE'))).toBe('BAD_USER_INPUT');
      expect(code(await triage('lead', second, 'DECLINED'))).toBe('BAD_USER_INPUT');
      expect((await triage('lead', id, 'ACCEPTED')).data.triageCustomerInsight).toEqual({ status: 'ACCEPTED', declineReason: null, triagedByName: 'Lead CAREER' });
      expect(code(await triage('lead', id, 'ACCEPTED'))).toBe('OK');
      expect((await triage('lead', id, 'DONE')).data.triageCustomerInsight.status).toBe('DONE');
      expect(code(await triage('lead', id, 'DECLINED', 'Too late'))).toBe('BAD_USER_INPUT');
      expect((await triage('lead', second, 'DECLINED', 'Night chat is outsourced')).data.triageCustomerInsight.declineReason).toBe('Night chat is outsourced');

      const mine = (await call('agent1', `{ customerInsights { total items { title tags } } }`)).data.customerInsights;
      expect(mine.total).toBe(2);
      expect(mine.items.find((i: { title: string }) => i.title === 'Refund status by SMS').tags).toEqual(['refunds']);
      expect((await call('agent2', `{ customerInsights { total } }`)).data.customerInsights.total).toBe(0);
      expect((await call('lead', `{ customerInsights(status: DONE) { total } }`)).data.customerInsights.total).toBe(1);
      expect((await call('peerManager', `{ customerInsights { total } }`)).data.customerInsights.total).toBe(0);
      const evidence = (await call('agent1', `{ myCareer { evidence { kind competencyKey summary } } }`)).data.myCareer.evidence;
      expect(evidence).toContainEqual({ kind: 'CUSTOMER_INSIGHT', competencyKey: 'customer-insight', summary: 'Idea "Refund status by SMS" put into practice' });
      const adopted = (await call('hr', `{ adoptedIdeasByTeam { teamPath accepted done } }`)).data.adoptedIdeasByTeam;
      expect(adopted).toEqual([{ teamPath: 'Support / Tier 1', accepted: 0, done: 1 }]);
    });
  });

  describe('goals', () => {
    it('any reachable level; the path, gaps and readiness follow it; an unreachable or unknown level is refused', async () => {
      const set = await call('agent3', `mutation { setCareerGoal(targetLevelKey: "team-lead") { goalLevelKey path { steps { toLevelKey kind gaps { competencyKey gap } training { title } readiness { percent ready } } } reachableLevelKeys } }`);
      expect(set.data.setCareerGoal.goalLevelKey).toBe('team-lead');
      expect(set.data.setCareerGoal.path.steps.map((s: { toLevelKey: string }) => s.toLevelKey)).toEqual(['team-lead']);
      expect(set.data.setCareerGoal.reachableLevelKeys).toEqual(expect.arrayContaining(['specialist', 'trainer', 'support-manager']));
      expect(code(await call('agent3', `mutation { setCareerGoal(targetLevelKey: "agent-1") { goalLevelKey } }`))).toBe('BAD_USER_INPUT');
      expect(code(await call('agent3', `mutation { setCareerGoal(targetLevelKey: "astronaut") { goalLevelKey } }`))).toBe('BAD_USER_INPUT');
      expect((await call('agent3', `mutation { clearCareerGoal { goalLevelKey path { targetLevelKey } } }`)).data.clearCareerGoal).toEqual({ goalLevelKey: null, path: null });
    });

    it('HR sees unmapped HRIS levels with their head count and maps them', async () => {
      expect((await call('hr', `{ unmappedHrisLevels { hrisLevel people } }`)).data.unmappedHrisLevels).toEqual([{ hrisLevel: 'Director', people: 1 }]);
      expect(code(await call('hr', `mutation { mapHrisLevel(hrisLevel: "Director", levelKey: "astronaut") { hrisLevel } }`))).toBe('BAD_USER_INPUT');
      const mapped = await call('hr', `mutation { mapHrisLevel(hrisLevel: "Director", levelKey: "support-manager") { hrisLevel levelKey } }`);
      expect(mapped.data.mapHrisLevel).toContainEqual({ hrisLevel: 'Director', levelKey: 'support-manager' });
      expect((await call('hr', `{ unmappedHrisLevels { hrisLevel } }`)).data.unmappedHrisLevels).toEqual([]);
      await call('hr', `mutation { mapHrisLevel(hrisLevel: "Director") { hrisLevel } }`);
      expect((await call('hr', `{ unmappedHrisLevels { hrisLevel } }`)).data.unmappedHrisLevels).toEqual([{ hrisLevel: 'Director' }]);
    });
  });
});
