import { LadderIndex, wholeMonths } from './career-ladder';
import { day, demoOrganisation, DEMO_TODAY } from './testing/career';

const org = demoOrganisation();
const career = org.career();
const idx = new LadderIndex(career.ladder);
const today = day(DEMO_TODAY);

/** Where a current person stands, by the contract's rules: latest level change; manager rating, else self. */
function standing(person: number) {
  const rows = career.levelChanges.filter((c) => c.person === person);
  const last = rows[rows.length - 1];
  const latest = new Map<string, { kind: string; at: string; value: number }>();
  for (const a of career.assessments.filter((x) => x.person === person && x.assessorKind !== 'PEER')) {
    const seen = latest.get(a.competencyKey);
    const rank = (k: string) => (k === 'MANAGER' ? 1 : 0);
    if (!seen || rank(a.assessorKind) > rank(seen.kind) || (rank(a.assessorKind) === rank(seen.kind) && a.assessedAt > seen.at)) {
      latest.set(a.competencyKey, { kind: a.assessorKind, at: a.assessedAt, value: a.proficiency });
    }
  }
  const level = last.levelKey;
  const months = wholeMonths(day(last.effectiveDate), today);
  const next = idx.nextPromotion(level);
  const gaps = next === null ? [] : idx.level(next).expectations.filter((e) => (latest.get(e.competencyKey)?.value ?? 0) < e.proficiency);
  return { level, months, next, gaps, ready: next !== null && gaps.length === 0 && months >= idx.minMonths(level) };
}

const lineOf = (manager: number) =>
  org.people.map((_, i) => i).filter((i) => {
    for (let m = org.people[i].manager; m !== null; m = org.people[m].manager) if (m === manager) return org.people[i].exitDate === null;
    return false;
  });

describe('the demo sign-ins open on a career story', () => {
  it('the demo agent aims two steps up and still has gaps and months to serve for the first step', () => {
    const agent = org.demo.AGENT;
    const goal = career.goals.find((g) => g.person === agent)!;
    const s = standing(agent);
    expect(idx.distances(s.level).get(goal.targetLevelKey)).toBe(2);
    expect(s.gaps.length).toBeGreaterThanOrEqual(3);
    expect(s.months).toBeLessThan(idx.minMonths(s.level));
    expect(s.ready).toBe(false);
    // Both views are there to compare, self a little higher, and a peer's.
    const kinds = new Set(career.assessments.filter((a) => a.person === agent).map((a) => a.assessorKind));
    expect([...kinds].sort()).toEqual(['MANAGER', 'PEER', 'SELF']);
    const ideas = career.insights.filter((x) => x.author === agent).map((x) => x.status).sort();
    expect(ideas).toEqual(['ACCEPTED', 'NEW']);
  });

  it('the demo manager\'s line has people ready now, someone overdue in level, and new ideas to triage', () => {
    const line = lineOf(org.demo.MANAGER);
    const standings = line.filter((i) => career.levelChanges.some((c) => c.person === i)).map((i) => ({ i, ...standing(i) }));
    expect(standings.filter((s) => s.ready).length).toBeGreaterThanOrEqual(2);
    const overdue = standings.filter((s) => !s.ready && s.next !== null && s.months >= 2 * Math.max(6, idx.minMonths(s.level)));
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const fresh = career.insights.filter((x) => x.status === 'NEW' && line.includes(x.author));
    expect(fresh.length).toBeGreaterThanOrEqual(3);
  });

  it('gives about 60% of current agents a goal, most one or two moves up', () => {
    const agents = new Set(career.levelChanges.map((c) => c.person).filter((i) => org.people[i].kind === 'AGENT' && org.people[i].exitDate === null));
    const goals = career.goals.filter((g) => agents.has(g.person));
    expect(goals.length / agents.size).toBeGreaterThan(0.45);
    expect(goals.length / agents.size).toBeLessThan(0.7);
    const near = goals.filter((g) => [1, 2].includes(idx.distances(standing(g.person).level).get(g.targetLevelKey) ?? 0));
    expect(near.length / goals.length).toBeGreaterThan(0.8);
  });

  it('assesses most current agents by their manager, and self-ratings run a little higher', () => {
    const agents = [...new Set(career.levelChanges.map((c) => c.person))].filter((i) => org.people[i].kind === 'AGENT' && org.people[i].exitDate === null);
    const managed = new Set(career.assessments.filter((a) => a.assessorKind === 'MANAGER').map((a) => a.person));
    expect(agents.filter((i) => managed.has(i)).length / agents.length).toBeGreaterThan(0.7);
    const mean = (kind: string) => {
      const xs = career.assessments.filter((a) => a.assessorKind === kind).map((a) => a.proficiency);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(mean('SELF') - mean('MANAGER')).toBeGreaterThan(0.15);
    expect(mean('SELF') - mean('MANAGER')).toBeLessThan(0.8);
  });

  it('records customer insights in every status, declined ones with a reason, triaged by the author\'s line', () => {
    const statuses = new Set(career.insights.map((x) => x.status));
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'DECLINED', 'DONE', 'NEW']);
    for (const x of career.insights) {
      expect(x.declineReason !== null).toBe(x.status === 'DECLINED');
      expect(x.triagedBy !== null).toBe(x.status !== 'NEW');
      if (x.triagedBy !== null) {
        const chain: number[] = [];
        for (let m = org.people[x.author].manager; m !== null; m = org.people[m].manager) chain.push(m);
        expect(chain).toContain(x.triagedBy);
        expect(x.triagedAt! >= x.createdAt).toBe(true);
      }
      expect(x.tags.length).toBeGreaterThan(0);
      expect(x.updatedAt >= x.createdAt).toBe(true);
      expect(x.createdAt.slice(0, 10) <= DEMO_TODAY).toBe(true);
    }
  });
});
