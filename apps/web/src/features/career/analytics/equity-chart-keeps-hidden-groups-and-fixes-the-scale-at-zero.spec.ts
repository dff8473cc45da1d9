import { equityRows, niceMax, niceTicks, rateGap, type EquityGroupLike } from './equity';

const group = (key: string, workMode: EquityGroupLike['workMode'], rate: number | null, low: number | null = null, high: number | null = null): EquityGroupLike => ({
  key,
  label: key,
  workMode,
  teamPath: null,
  hidden: rate === null,
  hiddenReason: rate === null ? 'FEWER_THAN_K' : null,
  people: rate === null ? null : 40,
  personYears: rate === null ? null : 50,
  promotions: rate === null ? null : 5,
  ratePerPersonYear: rate,
  rateLow: low,
  rateHigh: high,
  medianMonthsToPromotion: rate === null ? null : 14,
  medianLow: rate === null ? null : 10,
  medianHigh: null,
});

describe('promotion equity chart rows', () => {
  it('orders work modes remote, hybrid, office and keeps a hidden group as a row without a value', () => {
    const rows = equityRows([group('office', 'OFFICE', 0.2, 0.15, 0.26), group('remote', 'REMOTE', 0.08, 0.05, 0.12), group('hybrid', 'HYBRID', null)], 'rate');
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ['remote', 0.08],
      ['hybrid', null],
      ['office', 0.2],
    ]);
    expect(rows[0].whisker?.map((v) => Math.round(v * 100) / 100)).toEqual([0.03, 0.04]);
    expect(rows[1].whisker).toBeNull();
  });

  it('draws no whisker when an interval end is unknown (median not reached)', () => {
    const rows = equityRows([group('remote', 'REMOTE', 0.1, 0.05, 0.2)], 'median');
    expect(rows[0]).toMatchObject({ value: 14, low: 10, high: null, whisker: null });
  });

  it.each([
    { values: [0.26, 0.12], max: 0.5 },
    { values: [0.05], max: 0.05 },
    { values: [1.3, null], max: 2 },
    { values: [17], max: 20 },
    { values: [], max: 1 },
    { values: [0], max: 1 },
  ])('scales the axis from 0 to a round number above every interval: $values → $max', ({ values, max }) => {
    expect(niceMax(values)).toBeCloseTo(max);
  });

  it('states the gap between the lowest and highest shown rate, never using a hidden group', () => {
    const gap = rateGap([group('remote', 'REMOTE', 0.1), group('office', 'OFFICE', 0.2), group('hybrid', 'HYBRID', null)]);
    expect(gap?.lowest.key).toBe('remote');
    expect(gap?.highest.key).toBe('office');
    expect(gap?.ratio).toBeCloseTo(0.5);
    expect(rateGap([group('remote', 'REMOTE', 0.1), group('hybrid', 'HYBRID', null)])).toBeNull();
  });

  it.each([
    { max: 0.5, ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5] },
    { max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    { max: 2.5, ticks: [0, 0.5, 1, 1.5, 2, 2.5] },
    { max: 20, ticks: [0, 5, 10, 15, 20] },
    { max: 50, ticks: [0, 10, 20, 30, 40, 50] },
  ])('ticks the axis in round steps: $max → $ticks', ({ max, ticks }) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});
