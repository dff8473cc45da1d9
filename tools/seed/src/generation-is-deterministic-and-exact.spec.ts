import { generateOrganisation, MIN_PEOPLE } from './generate';

const base = { slug: 'demo', name: 'Northwind Support', seed: 7, today: '2026-11-25' };

describe('the generator is deterministic and builds exactly the requested size', () => {
  it('gives identical rows for the same seed, size and day', () => {
    const a = generateOrganisation({ ...base, people: 300 });
    const b = generateOrganisation({ ...base, people: 300 });
    expect(b.people).toEqual(a.people);
    expect(b.teams).toEqual(a.teams);
    expect(b.accounts).toEqual(a.accounts);
    expect([...b.signals()]).toEqual([...a.signals()]);
  });

  it('gives a different organisation for another seed', () => {
    const a = generateOrganisation({ ...base, people: 300 });
    const b = generateOrganisation({ ...base, seed: 8, people: 300 });
    expect(b.people.map((p) => p.email)).not.toEqual(a.people.map((p) => p.email));
  });

  it.each([MIN_PEOPLE, 61, 137, 300, 301, 999, 2500])('has exactly %i people, each with one account', (people) => {
    for (const seed of [1, 2, 3]) {
      const org = generateOrganisation({ ...base, seed, people });
      expect(org.people).toHaveLength(people);
      expect(org.accounts).toHaveLength(people);
      expect(new Set(org.accounts.map((a) => a.person)).size).toBe(people);
    }
  });

  it('builds a 50,000-person organisation with hundreds of teams quickly', () => {
    const t = Date.now();
    const org = generateOrganisation({ ...base, people: 50_000 });
    expect(Date.now() - t).toBeLessThan(15_000);
    expect(org.people).toHaveLength(50_000);
    expect(org.teams.filter((x) => x.specialism).length).toBeGreaterThan(200);
  });

  it.each([
    ['too few people', { people: MIN_PEOPLE - 1 }],
    ['a fractional size', { people: 300.5 }],
    ['a malformed day', { people: 300, today: '25/11/2026' }],
    ['a slug with capitals', { people: 300, slug: 'Demo' }],
  ])('rejects %s', (_label, extra) => {
    expect(() => generateOrganisation({ ...base, ...extra } as Parameters<typeof generateOrganisation>[0])).toThrow(RangeError);
  });
});
