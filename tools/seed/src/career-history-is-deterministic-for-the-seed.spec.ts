import { generateOrganisation } from './generate';

const base = { slug: 'demo', name: 'Northwind Support', people: 300, today: '2026-11-25' };

describe('the career history is deterministic', () => {
  it('gives identical ladder, level changes, assessments, goals and insights for the same seed, size and day', () => {
    const a = generateOrganisation({ ...base, seed: 7 });
    const b = generateOrganisation({ ...base, seed: 7 });
    expect(b.people.map((p) => [p.level, p.jobTitle])).toEqual(a.people.map((p) => [p.level, p.jobTitle]));
    expect(b.career()).toEqual(a.career());
  });

  it('builds the rest of the career history once, on first call', () => {
    const org = generateOrganisation({ ...base, seed: 7 });
    expect(org.career()).toBe(org.career());
  });

  it('gives another history for another seed', () => {
    const a = generateOrganisation({ ...base, seed: 7 }).career();
    const b = generateOrganisation({ ...base, seed: 8 }).career();
    expect(b.levelChanges).not.toEqual(a.levelChanges);
    expect(b.assessments).not.toEqual(a.assessments);
  });

  it('does not change the pulse history or the signals it was built beside', () => {
    const a = generateOrganisation({ ...base, seed: 7 });
    const b = generateOrganisation({ ...base, seed: 7 });
    b.career();
    expect([...b.signals()]).toEqual([...a.signals()]);
    expect(b.pulse().waves).toEqual(a.pulse().waves);
  });
});
