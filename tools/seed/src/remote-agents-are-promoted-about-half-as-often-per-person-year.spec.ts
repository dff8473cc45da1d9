import type { WorkMode } from '@pulse/shared';
import { day, defaultWindow, demoOrganisation, DEMO_TODAY } from './testing/career';
import { generateOrganisation, type GeneratedOrganisation } from './generate';

type Group = { people: Set<number>; personYears: number; promotions: number };

/**
 * Promotions per person-year by work mode over the default 18-month window, attributing time and
 * promotions to the mode the person worked in at the time (people are at risk from their first
 * level change, until they leave).
 */
function ratesByMode(org: GeneratedOrganisation, today: string, attribute: 'at the time' | 'current' = 'at the time'): Record<WorkMode, Group> {
  const [from, to] = defaultWindow(today);
  const groups = { REMOTE: { people: new Set<number>(), personYears: 0, promotions: 0 }, HYBRID: { people: new Set<number>(), personYears: 0, promotions: 0 }, OFFICE: { people: new Set<number>(), personYears: 0, promotions: 0 } };
  const { levelChanges } = org.career();
  const start = new Map<number, number>();
  for (const c of levelChanges) if (!start.has(c.person)) start.set(c.person, day(c.effectiveDate));
  const modeAt = (person: number, d: number) => {
    let mode = org.people[person].workModes[0].workMode;
    for (const m of org.people[person].workModes) if (day(m.effectiveFrom) <= d) mode = m.workMode;
    return mode;
  };
  for (const [person, first] of start) {
    const p = org.people[person];
    const lo = Math.max(from, first);
    const hi = Math.min(to, p.exitDate === null ? to : day(p.exitDate));
    const modes = attribute === 'current' ? [{ mode: p.workMode, from: -Infinity }] : p.workModes.map((m) => ({ mode: m.workMode, from: day(m.effectiveFrom) }));
    modes.forEach((m, k) => {
      const a = Math.max(lo, m.from);
      const b = Math.min(hi, k + 1 < modes.length ? modes[k + 1].from : Infinity);
      if (b <= a) return;
      groups[m.mode].personYears += (b - a) / 365.25;
      groups[m.mode].people.add(person);
    });
  }
  for (const c of levelChanges) {
    const d = day(c.effectiveDate);
    if (c.source === 'PROMOTION' && d >= from && d <= to) groups[attribute === 'current' ? org.people[c.person].workMode : modeAt(c.person, d)].promotions++;
  }
  return groups;
}

const rate = (...gs: Group[]) => gs.reduce((n, g) => n + g.promotions, 0) / gs.reduce((n, g) => n + g.personYears, 0);

describe('promotion rate by work mode', () => {
  it('shows remote staff promoted at 0.35–0.7 times the office and hybrid rate in the demo, every group above k = 5', () => {
    const g = ratesByMode(demoOrganisation(), DEMO_TODAY);
    const ratio = rate(g.REMOTE) / rate(g.OFFICE, g.HYBRID);
    expect(ratio).toBeGreaterThan(0.35);
    expect(ratio).toBeLessThan(0.7);
    for (const mode of ['REMOTE', 'HYBRID', 'OFFICE'] as const) {
      expect(g[mode].people.size).toBeGreaterThanOrEqual(5);
      expect(g[mode].promotions).toBeGreaterThanOrEqual(10);
    }
  });

  it('shows the gap too when people are grouped by their current work mode, as the equity view groups them', () => {
    const g = ratesByMode(demoOrganisation(), DEMO_TODAY, 'current');
    const ratio = rate(g.REMOTE) / rate(g.OFFICE, g.HYBRID);
    expect(ratio).toBeGreaterThan(0.35);
    expect(ratio).toBeLessThan(0.7);
  });

  it('keeps office and hybrid alike, and the gap realistic (remote staff are still promoted)', () => {
    const g = ratesByMode(demoOrganisation(), DEMO_TODAY);
    expect(rate(g.HYBRID) / rate(g.OFFICE)).toBeGreaterThan(0.75);
    expect(rate(g.HYBRID) / rate(g.OFFICE)).toBeLessThan(1.33);
    expect(rate(g.REMOTE)).toBeGreaterThan(0.1);
    expect(rate(g.OFFICE, g.HYBRID)).toBeLessThan(0.6);
  });

  it('holds at 0.45–0.65 in a large organisation, where chance plays little part', () => {
    const org = generateOrganisation({ slug: 'big', name: 'Big', people: 6000, seed: 5, today: DEMO_TODAY });
    const g = ratesByMode(org, DEMO_TODAY);
    const ratio = rate(g.REMOTE) / rate(g.OFFICE, g.HYBRID);
    expect(ratio).toBeGreaterThan(0.45);
    expect(ratio).toBeLessThan(0.65);
  });
});
