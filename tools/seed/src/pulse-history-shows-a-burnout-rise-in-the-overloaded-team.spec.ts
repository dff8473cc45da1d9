import { generateOrganisation } from './generate';
import type { SeedPulseEntry } from './pulse';

const TODAY = '2026-11-25';
const org = generateOrganisation({ people: 1200, slug: 'demo', name: 'Northwind Support', seed: 5, today: TODAY });
const history = org.pulse();
const entries: SeedPulseEntry[] = [...history.entries()];
const overloaded = org.teams.findIndex((t) => t.overloaded);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const weeksBefore = (e: SeedPulseEntry) => (day(TODAY) - day(history.waves[e.wave].periodStart)) / 7;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const enps = (xs: number[]) => (100 * (xs.filter((v) => v >= 9).length - xs.filter((v) => v <= 6).length)) / xs.length;

function measure(m: string, inTeam: boolean, from: number, to: number): number[] {
  return entries
    .filter((e) => e.response && (e.teams[0] === overloaded) === inTeam && weeksBefore(e) >= from && weeksBefore(e) < to)
    .map((e) => e.response!.scores[m])
    .filter((v): v is number => v !== undefined);
}

describe('the pulse history tells the overloaded team’s story', () => {
  it('keeps the overloaded team near the organisation before its load rose', () => {
    const before = mean(measure('cbi.work', true, 26, 60));
    expect(before).toBeGreaterThan(32);
    expect(before).toBeLessThan(48);
    expect(Math.abs(before - mean(measure('cbi.work', false, 26, 60)))).toBeLessThan(8);
  });

  it('raises its CBI work-related burnout from about 40 to about 65 over the last 4–5 months', () => {
    const before = mean(measure('cbi.work', true, 26, 60));
    const recent = mean(measure('cbi.work', true, 0, 5));
    expect(recent).toBeGreaterThan(58);
    expect(recent).toBeLessThan(72);
    expect(recent - before).toBeGreaterThan(18);
    // Monotone-ish rise: each block of 5 weeks is higher than the one 10 weeks earlier.
    expect(mean(measure('cbi.work', true, 5, 10))).toBeGreaterThan(mean(measure('cbi.work', true, 15, 20)));
  });

  it('leaves the rest of the organisation flat', () => {
    expect(Math.abs(mean(measure('cbi.work', false, 0, 5)) - mean(measure('cbi.work', false, 26, 60)))).toBeLessThan(3);
  });

  it('shows eNPS falling and single-item burnout rising in that team', () => {
    expect(enps(measure('enps', true, 0, 8))).toBeLessThan(enps(measure('enps', true, 26, 60)) - 30);
    expect(mean(measure('single-item-burnout', true, 0, 8))).toBeGreaterThan(mean(measure('single-item-burnout', true, 26, 60)) + 0.5);
  });

  it('records the manager’s action plans for that team, one due in the last month', () => {
    expect(history.actionPlans.length).toBeGreaterThanOrEqual(1);
    for (const a of history.actionPlans) {
      expect(a.team).toBe(overloaded);
      expect(a.owner).toBe(org.demo.MANAGER);
    }
    const rebalance = history.actionPlans.find((a) => a.measure === 'cbi.work')!;
    expect(rebalance.title).toBe('Rebalance queue assignments');
    expect(day(TODAY) - day(rebalance.dueOn)).toBeGreaterThan(0);
    expect(day(TODAY) - day(rebalance.dueOn)).toBeLessThanOrEqual(31);
  });
});
