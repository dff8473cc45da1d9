import { aggregateMeasure, changeBeyondNoise, changeExceedsNoise, planRotation, rollingLookback, rollingScaleScores, type MeasureAggregate, type ScoreCache, type WaveAnswers } from '@pulse/domain-pulse';
import { generateOrganisation } from './generate';
import { WEEKLY_POOL } from './pulse';
import { DEMO_DEFAULTS } from './seed';

/**
 * The demo organisation's weekly program rotates CBI work items 7, 9, 11, 13 and 8, 10, 12 (ADR
 * 0011). Scored from each wave's answers alone its work-burnout line alternated by several points
 * every week; scored over the rotation cycle, as the rollups now do, it must not, and the
 * overloaded team's rise must still show.
 */
const TODAY = '2026-11-25';
const K = 5;
// The default demo organisation (npm run seed), on a fixed day.
const org = generateOrganisation({ ...DEMO_DEFAULTS, today: TODAY });
const history = org.pulse();
const overloaded = org.teams.findIndex((t) => t.overloaded);
const cycle = planRotation(WEEKLY_POOL, 5).cycleLength;
const weekly = history.waves.map((w, i) => ({ w, i })).filter(({ w }) => w.program === 0 && w.status === 'CLOSED');

type Line = { before: MeasureAggregate[]; after: MeasureAggregate[]; change: MeasureAggregate[] };
const lines: Record<'org' | 'team', Line> = { org: { before: [], after: [], change: [] }, team: { before: [], after: [], change: [] } };
const past = new Map<number, WaveAnswers[]>();
const cache: ScoreCache = new Map();
for (const { i } of weekly) {
  const values = { org: { before: [] as number[], after: [] as number[], change: [] as number[] }, team: { before: [] as number[], after: [] as number[], change: [] as number[] } };
  for (const mine of past.values()) for (const h of mine) (h as { wavesAgo: number }).wavesAgo++;
  for (const e of history.entriesOf(i)) {
    if (!e.response) continue;
    const mine = [{ wavesAgo: 0, answers: e.response.answers }, ...(past.get(e.person) ?? []).filter((h) => h.wavesAgo <= rollingLookback(cycle))];
    past.set(e.person, mine);
    const rolled = rollingScaleScores(mine, cycle, { cache });
    for (const g of e.teams[0] === overloaded ? (['org', 'team'] as const) : (['org'] as const)) {
      if (e.response.scores['cbi.work'] !== undefined) values[g].before.push(e.response.scores['cbi.work']);
      if (rolled.scores['cbi.work'] !== undefined) values[g].after.push(rolled.scores['cbi.work']);
      if (rolled.changes['cbi.work'] !== undefined) values[g].change.push(rolled.changes['cbi.work']);
    }
  }
  for (const g of ['org', 'team'] as const) for (const k of ['before', 'after', 'change'] as const) lines[g][k].push(aggregateMeasure(k === 'change' ? 'change:cbi.work' : 'cbi.work', values[g][k]));
}

const mean = (a: MeasureAggregate) => a.sum / a.n;
const series = (aggs: MeasureAggregate[]) => aggs.map((a) => Math.round(mean(a) * 10) / 10);
const meanAbsStep = (aggs: MeasureAggregate[]) => aggs.slice(1).reduce((s, a, j) => s + Math.abs(mean(a) - mean(aggs[j])), 0) / (aggs.length - 1);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
// Weeks with a whole cycle before them to compare with, both rules.
const judged = (l: Line) => l.after.map((_, w) => w).filter((w) => w >= 2 * cycle - 1);
const flaggedBefore = (l: Line) => judged(l).filter((w) => changeExceedsNoise('cbi.work', l.before[w - 1], l.before[w])).length;
const flaggedAfter = (l: Line) => judged(l).filter((w) => changeBeyondNoise(l.change[w], K) !== null).length;

afterAll(() => {
  const last = (xs: number[]) => xs.slice(-8).join(', ');
  console.log(
    [
      `demo organisation (${weekly.length} closed weekly waves), CBI work, last 8 weeks:`,
      `  organisation before: ${last(series(lines.org.before))} (mean |week-to-week step| ${meanAbsStep(lines.org.before).toFixed(2)}, flagged ${flaggedBefore(lines.org)}/${judged(lines.org).length})`,
      `  organisation after:  ${last(series(lines.org.after))} (mean |week-to-week step| ${meanAbsStep(lines.org.after).toFixed(2)}, flagged ${flaggedAfter(lines.org)}/${judged(lines.org).length})`,
      `  overloaded team before: ${last(series(lines.team.before))}`,
      `  overloaded team after:  ${last(series(lines.team.after))}`,
      `  overloaded team, weeks 26-60 ago -> last 5: before ${avg(lines.team.before.map(mean).slice(-60, -26)).toFixed(1)} -> ${avg(lines.team.before.map(mean).slice(-5)).toFixed(1)}, after ${avg(lines.team.after.map(mean).slice(-60, -26)).toFixed(1)} -> ${avg(lines.team.after.map(mean).slice(-5)).toFixed(1)}; flagged up ${judged(lines.team).filter((w) => changeBeyondNoise(lines.team.change[w], K) === 'UP').length} weeks (before: ${judged(lines.team).filter((w) => changeExceedsNoise('cbi.work', lines.team.before[w - 1], lines.team.before[w])).length} weeks flagged either way)`,
    ].join('\n'),
  );
});

describe('the demo organisation\'s work-burnout line under rotation', () => {
  it('zigzagged week to week when each wave was scored from its own items', () => {
    expect(meanAbsStep(lines.org.before)).toBeGreaterThan(3);
  });

  it('moves less than a point a week when scored over the rotation cycle', () => {
    expect(meanAbsStep(lines.org.after)).toBeLessThan(1);
  });

  it('is no longer flagged beyond normal variation week after week', () => {
    expect(flaggedBefore(lines.org) / judged(lines.org).length).toBeGreaterThan(0.6);
    expect(flaggedAfter(lines.org) / judged(lines.org).length).toBeLessThan(0.1);
  });

  it('still shows the overloaded team\'s rise', () => {
    const after = lines.team.after.map(mean);
    expect(avg(after.slice(-5)) - avg(after.slice(-60, -26))).toBeGreaterThan(15);
  });
});
