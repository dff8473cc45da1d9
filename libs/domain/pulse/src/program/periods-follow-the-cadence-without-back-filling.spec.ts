import { periodStart, periodsToPlan } from './cadence';

describe('periods follow the cadence and past periods are never back-filled', () => {
  it.each([
    ['WEEKLY', 0, '2026-03-02'],
    ['WEEKLY', 3, '2026-03-23'],
    ['BIWEEKLY', 2, '2026-03-30'],
    ['MONTHLY', 1, '2026-04-02'],
    ['MONTHLY', 12, '2027-03-02'],
  ] as const)('%s period %d starts %s', (cadence, seq, start) => expect(periodStart('2026-03-02', cadence, seq)).toBe(start));

  it('monthly on the 31st clamps to short months', () => {
    expect([1, 2, 3].map((s) => periodStart('2026-01-31', 'MONTHLY', s))).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it.each([
    ['before the start, beyond the lookahead', '2026-02-20', []],
    ['within the lookahead of the start', '2026-02-26', [{ sequence: 0, periodStart: '2026-03-02' }]],
    ['during period 0, with period 1 ahead', '2026-03-04', [{ sequence: 0, periodStart: '2026-03-02' }, { sequence: 1, periodStart: '2026-03-09' }]],
    ['weeks later: only the current and next', '2026-04-15', [{ sequence: 6, periodStart: '2026-04-13' }, { sequence: 7, periodStart: '2026-04-20' }]],
  ])('%s', (_name, today, expected) => expect(periodsToPlan('2026-03-02', 'WEEKLY', today)).toEqual(expected));
});
