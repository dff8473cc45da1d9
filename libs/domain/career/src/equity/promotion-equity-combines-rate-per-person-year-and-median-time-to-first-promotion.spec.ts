import { poissonRateInterval } from './poisson-rate';
import { promotionEquityStats, type PromotionEvent } from './promotion-equity';
import type { RiskInterval } from './person-years';

const window = { from: '2024-01-01', to: '2024-12-31' };
const at = (personId: string, from: string, to: string | null = null): RiskInterval => ({ personId, from, to });
const promoted = (personId: string, effectiveDate: string): PromotionEvent => ({ personId, effectiveDate });

describe('promotionEquityStats for one group', () => {
  const intervals = [at('a', '2020-01-01'), at('b', '2020-01-01'), at('c', '2024-07-01'), at('d', '2020-01-01', '2024-04-01')];
  const promotions = [
    promoted('a', '2024-03-01'), // 60 days into the window
    promoted('a', '2024-10-01'), // a second promotion counts for the rate, not for time to first
    promoted('b', '2023-06-01'), // before the window
    promoted('c', '2024-08-31'), // 61 days after hire
    promoted('d', '2024-05-01'), // after exit
    promoted('x', '2024-05-01'), // not in this group
  ];
  const stats = promotionEquityStats(intervals, promotions, window);

  it('counts people, person-years and promotions inside each person’s time at risk', () => {
    expect(stats.people).toBe(4);
    expect(stats.personYears).toBeCloseTo((366 + 366 + 184 + 91) / 365.25, 12);
    expect(stats.promotions).toBe(3);
  });

  it('gives the rate per person-year with the Garwood interval', () => {
    const expected = poissonRateInterval(3, (366 + 366 + 184 + 91) / 365.25)!;
    expect(stats.ratePerPersonYear).toBeCloseTo(expected.rate, 12);
    expect(stats.rateLow).toBeCloseTo(expected.low, 12);
    expect(stats.rateHigh).toBeCloseTo(expected.high, 12);
    expect(stats.rateLow!).toBeCloseTo((0.6187 * 365.25) / 1007, 3);
  });

  it('measures time to first promotion from the start of each person’s time at risk, censoring at exit and window end', () => {
    // a: event at 60 days; c: event at 61 days; b: censored at 366 days; d: censored at 91 days.
    // Ŝ(60 d) = 3/4, Ŝ(61 d) = 3/4 · 2/3 = ½ → median 61 days in months.
    expect(stats.medianMonthsToPromotion).toBeCloseTo(61 / (365.25 / 12), 12);
  });

  it.each<[string, RiskInterval[], PromotionEvent[]]>([
    ['nobody at risk', [at('late', '2025-02-01')], []],
    ['no one at all', [], []],
  ])('states no rate and no median with %s', (_case, people, events) => {
    expect(promotionEquityStats(people, events, window)).toEqual({
      people: 0,
      personYears: 0,
      promotions: 0,
      ratePerPersonYear: null,
      rateLow: null,
      rateHigh: null,
      medianMonthsToPromotion: null,
      medianLow: null,
      medianHigh: null,
    });
  });

  it('gives a zero rate with an upper bound when nobody was promoted', () => {
    const none = promotionEquityStats([at('a', '2020-01-01')], [], window);
    expect(none).toMatchObject({ promotions: 0, ratePerPersonYear: 0, rateLow: 0, medianMonthsToPromotion: null });
    expect(none.rateHigh).toBeCloseTo(3.6889 / (366 / 365.25), 3);
  });
});
