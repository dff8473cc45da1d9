import { SUPPORT_LADDER } from '@pulse/domain-career';
import { addMonths, LadderIndex } from './career-ladder';
import { day, DEMO_TODAY } from './testing/career';
import { generateOrganisation } from './generate';

const idx = new LadderIndex(SUPPORT_LADDER);

describe.each([
  ['the demo', 300, 20260101],
  ['a 3,000-person organisation', 3000, 4],
])('level histories of %s', (_label, people, seed) => {
  const org = generateOrganisation({ slug: 'demo', name: 'Northwind Support', people, seed, today: DEMO_TODAY });
  const { levelChanges, ladderEffectiveFrom } = org.career();
  const byPerson = new Map<number, typeof levelChanges[number][]>();
  for (const c of levelChanges) byPerson.set(c.person, [...(byPerson.get(c.person) ?? []), c]);

  it('start with one INITIAL (hired after the launch) or HRIS_MAPPING row and then only moves', () => {
    for (const [person, rows] of byPerson) {
      const first = rows[0];
      expect(first.fromLevelKey).toBeNull();
      expect(first.source).toBe(day(org.people[person].hireDate) >= day(ladderEffectiveFrom) ? 'INITIAL' : 'HRIS_MAPPING');
      for (const r of rows.slice(1)) expect(['PROMOTION', 'LATERAL']).toContain(r.source);
    }
  });

  it('move only along the ladder\'s allowed moves, of the kind the ladder gives them', () => {
    let moves = 0;
    for (const rows of byPerson.values()) {
      for (let k = 1; k < rows.length; k++) {
        expect(rows[k].fromLevelKey).toBe(rows[k - 1].levelKey);
        expect(idx.move(rows[k - 1].levelKey, rows[k].levelKey)?.kind).toBe(rows[k].source);
        moves++;
      }
    }
    expect(moves).toBeGreaterThan(people / 5);
  });

  it('leave every level only after its minimum whole months, inside employment and after the ladder was published', () => {
    for (const [person, rows] of byPerson) {
      const p = org.people[person];
      for (let k = 1; k < rows.length; k++) {
        const at = day(rows[k].effectiveDate);
        expect(addMonths(day(rows[k - 1].effectiveDate), idx.minMonths(rows[k - 1].levelKey))).toBeLessThanOrEqual(at);
        expect(at).toBeGreaterThan(day(ladderEffectiveFrom));
        expect(at).toBeLessThanOrEqual(day(p.exitDate ?? DEMO_TODAY));
      }
      expect(day(rows[0].effectiveDate)).toBeGreaterThanOrEqual(day(p.hireDate));
    }
  });

  it('are decided by someone up the person\'s manager chain or by HR, employed by then', () => {
    for (const c of levelChanges.filter((x) => x.source === 'PROMOTION' || x.source === 'LATERAL')) {
      const chain: number[] = [];
      for (let m = org.people[c.person].manager; m !== null; m = org.people[m].manager) chain.push(m);
      expect(c.decidedBy === org.demo.HR || chain.includes(c.decidedBy!)).toBe(true);
      expect(day(org.people[c.decidedBy!].hireDate)).toBeLessThanOrEqual(day(c.recordedAt));
      expect(c.idempotencyKey).toMatch(/^seed-/);
    }
  });

  it('end at the level the person\'s HRIS level maps to today', () => {
    const mapped = new Map(org.career().hrisLevelMap.map((m) => [m.hrisLevel, m.levelKey]));
    let checked = 0;
    for (const [person, rows] of byPerson) {
      const key = mapped.get(org.people[person].level);
      if (key === undefined) continue;
      expect(rows[rows.length - 1].levelKey).toBe(key);
      checked++;
    }
    expect(checked).toBeGreaterThan(byPerson.size * 0.8);
  });

  it('give promotions in the history window and a few lateral moves', () => {
    const inWindow = levelChanges.filter((c) => c.source === 'PROMOTION' && day(c.effectiveDate) >= day(org.historyStart));
    expect(inWindow.length).toBeGreaterThan(people / 6);
    expect(levelChanges.filter((c) => c.source === 'LATERAL').length).toBeGreaterThan(0);
    expect(levelChanges.filter((c) => c.source === 'LATERAL').length).toBeLessThan(inWindow.length / 5);
  });
});
