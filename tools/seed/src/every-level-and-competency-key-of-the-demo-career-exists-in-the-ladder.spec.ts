import { LADDER_TEMPLATE_30, SUPPORT_LADDER } from '@pulse/domain-career';
import { DEMO_HRIS_LEVEL_MAP } from './career';
import { demoOrganisation, DEMO_TODAY } from './testing/career';
import { generateOrganisation } from './generate';

describe('the demo career history names only what the ladder defines', () => {
  const org = demoOrganisation();
  const career = org.career();
  const levels = new Set(career.ladder.levels.map((l) => l.key));
  const competencies = new Set(career.ladder.competencies.map((c) => c.key));

  it('publishes the support ladder', () => {
    expect(career.ladder).toBe(SUPPORT_LADDER);
    expect(career.ladderEffectiveFrom < org.historyStart).toBe(true);
    expect(career.ladderEffectiveFrom.endsWith('-01')).toBe(true);
  });

  it('uses ladder level keys in level changes, goals and the HRIS map', () => {
    for (const c of career.levelChanges) {
      expect(levels).toContain(c.levelKey);
      if (c.fromLevelKey !== null) expect(levels).toContain(c.fromLevelKey);
    }
    for (const g of career.goals) expect(levels).toContain(g.targetLevelKey);
    for (const m of career.hrisLevelMap) expect(levels).toContain(m.levelKey);
  });

  it('assesses only ladder competencies, at proficiencies 1–5, by the person, their manager or a teammate', () => {
    for (const a of career.assessments) {
      expect(competencies).toContain(a.competencyKey);
      expect(a.proficiency).toBeGreaterThanOrEqual(1);
      expect(a.proficiency).toBeLessThanOrEqual(5);
      if (a.assessorKind === 'SELF') expect(a.assessor).toBe(a.person);
      if (a.assessorKind === 'MANAGER') expect(a.assessor).toBe(org.people[a.person].manager);
      if (a.assessorKind === 'PEER') expect(org.people[a.assessor].team).toBe(org.people[a.person].team);
      expect(a.assessedAt.slice(0, 10) <= DEMO_TODAY).toBe(true);
    }
  });

  it('leaves Director and above, Senior Manager and the analyst grades unmapped, and maps every agent grade', () => {
    const mapped = new Set(DEMO_HRIS_LEVEL_MAP.map((m) => m.hrisLevel));
    const hrisLevels = new Set(org.people.map((p) => p.level));
    for (const level of ['Director', 'Senior Manager', 'Analyst I', 'Analyst II', 'Senior Analyst']) {
      expect(hrisLevels).toContain(level);
      expect(mapped).not.toContain(level);
    }
    for (const level of ['Agent I', 'Agent II', 'Agent III', 'Senior Agent', 'Specialist', 'Team Lead', 'Manager']) expect(mapped).toContain(level);
  });

  it('uses only keys of the 30-level ladder when the benchmark asks for it', () => {
    const big = generateOrganisation({ slug: 'bench', name: 'Bench', people: 1000, seed: 3, today: DEMO_TODAY, careerLadder: 'large-30' }).career();
    const keys = new Set(LADDER_TEMPLATE_30.levels.map((l) => l.key));
    expect(big.ladder.levels).toHaveLength(30);
    for (const c of big.levelChanges) expect(keys).toContain(c.levelKey);
    for (const g of big.goals) expect(keys).toContain(g.targetLevelKey);
    const comps = new Set(LADDER_TEMPLATE_30.competencies.map((c) => c.key));
    for (const a of big.assessments) expect(comps).toContain(a.competencyKey);
  });
});
