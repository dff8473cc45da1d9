import { generateOrganisation } from './generate';

const base = { slug: 'demo', name: 'Northwind Support', today: '2026-11-25' };

describe('the pulse history is deterministic', () => {
  it('gives identical waves, invitations and responses for the same seed, size and instant', () => {
    const a = generateOrganisation({ ...base, seed: 7, people: 200 }).pulse();
    const b = generateOrganisation({ ...base, seed: 7, people: 200 }).pulse();
    expect(b.programs).toEqual(a.programs);
    expect(b.waves).toEqual(a.waves);
    expect(b.actionPlans).toEqual(a.actionPlans);
    expect([...b.entries()]).toEqual([...a.entries()]);
  });

  it('gives the same rows whatever order the waves are generated in', () => {
    const h = generateOrganisation({ ...base, seed: 7, people: 200 }).pulse();
    const last = h.waves.length - 1;
    const late = [...h.entriesOf(last)];
    expect([...h.entries()].filter((e) => e.wave === last)).toEqual(late);
  });

  it('differs for another seed', () => {
    const a = generateOrganisation({ ...base, seed: 7, people: 200 }).pulse();
    const b = generateOrganisation({ ...base, seed: 8, people: 200 }).pulse();
    expect([...b.entries()].map((e) => e.response?.answers)).not.toEqual([...a.entries()].map((e) => e.response?.answers));
  });

  it('generates as many weekly periods as asked, with monthly waves over the same span', () => {
    const h = generateOrganisation({ ...base, seed: 7, people: 200, pulseWeeks: 104 }).pulse();
    const weekly = h.waves.filter((w) => w.program === 0);
    const monthly = h.waves.filter((w) => w.program === 1);
    expect(weekly).toHaveLength(104);
    expect(monthly.length).toBeGreaterThanOrEqual(23);
    expect(monthly[0].periodStart >= weekly[0].periodStart).toBe(true);
    expect(() => generateOrganisation({ ...base, seed: 7, people: 200, pulseWeeks: 0 })).toThrow(RangeError);
    expect(() => generateOrganisation({ ...base, seed: 7, people: 200, now: '2026-11-26T01:00:00Z' })).toThrow(RangeError);
  });

  it('plans 50,000 people × 104 weeks without holding their invitations', () => {
    const h = generateOrganisation({ ...base, seed: 7, people: 50_000, pulseWeeks: 104 }).pulse();
    const invited = h.waves.reduce((n, w) => n + w.invited, 0);
    expect(invited).toBeGreaterThan(4_000_000);
    // One wave is generated on demand; the rest exist only as counts.
    let n = 0;
    for (const _ of h.entriesOf(50)) n++;
    expect(n).toBe(h.waves[50].invited);
    // How long this takes is measured by the benchmarks (npm run bench -- pulse), not asserted here.
  });
});
