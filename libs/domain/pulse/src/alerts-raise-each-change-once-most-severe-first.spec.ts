import { alertSeverity, alertUrgency, dedupeAndRankAlerts, type AlertForRanking } from './attention/alert-ranking';

const alert = (teamKey: string, ancestorKeys: string[], previous: number, current: number, extra: Partial<AlertForRanking> = {}): AlertForRanking => ({
  kind: 'BURNOUT_RISING',
  teamKey,
  ancestorKeys,
  workMode: 'ALL',
  periodStart: '2026-03-02',
  measure: 'cbi.work',
  previous,
  current,
  ...extra,
});

describe('early warnings: each change raised once, most severe first, older ones weighing less', () => {
  it.each([
    ['CBI 35 → 68 is a third of its 0–100 scale', alert('t', [], 35, 68), 0.33],
    ['single item 2 → 3 is a quarter of its 1–5 scale', alert('t', [], 2, 3, { measure: 'single-item-burnout' }), 0.25],
    ['participation 0.9 → 0.6 is 0.3 of 0–1', alert('t', [], 0.9, 0.6, { kind: 'PARTICIPATION_FALLING', measure: 'participation' }), 0.3],
    ['an HR-authored item has no known scale', alert('t', [], 2, 4, { measure: 'likert:x' }), 0],
  ])('%s', (_name, a, expected) => {
    expect(alertSeverity(a)).toBeCloseTo(expected, 5);
  });

  it('keeps the sub-team when its parent repeats the same change, and the parent when it moved more', () => {
    const child = alert('child', ['parent', 'ORG'], 35, 68);
    const sameParent = alert('parent', ['ORG'], 35, 68);
    const biggerParent = alert('parent', ['ORG'], 20, 70);
    expect(dedupeAndRankAlerts([sameParent, child])).toEqual([child]);
    expect(dedupeAndRankAlerts([child, biggerParent])).toEqual([biggerParent, child]);
  });

  it.each([
    ['another work mode', { workMode: 'REMOTE' }],
    ['another wave', { periodStart: '2026-02-23' }],
    ['another kind', { kind: 'PARTICIPATION_FALLING', measure: 'participation', previous: 0.9, current: 0.5 }],
  ])('does not merge alerts of %s', (_name, extra) => {
    const child = alert('child', ['parent'], 35, 68, extra);
    const parent = alert('parent', [], 35, 68);
    expect(dedupeAndRankAlerts([parent, child])).toHaveLength(2);
  });

  it('orders by severity, an older change weighing half per quarter, then newest first', () => {
    const small = alert('a', [], 40, 50);
    const large = alert('b', [], 35, 68);
    const sameSizeEarlier = alert('c', [], 40, 50, { periodStart: '2026-02-23' });
    // Three times the size, but two quarters old: a quarter of the weight, below this week's 10 points.
    const largeLastYear = alert('d', [], 20, 50, { periodStart: '2025-09-01' });
    expect(dedupeAndRankAlerts([largeLastYear, sameSizeEarlier, small, large])).toEqual([large, small, sameSizeEarlier, largeLastYear]);
  });

  it.each([
    ['this week', '2026-03-02', 1],
    ['a quarter ago', '2025-12-01', 0.5],
    ['two quarters ago', '2025-08-31', 0.25],
  ])('an alert from %s weighs %d of its severity', (_name, period, weight) => {
    expect(alertUrgency(alert('t', [], 40, 50, { periodStart: period }), '2026-03-02')).toBeCloseTo(0.1 * weight, 2);
  });
});
