import { logGamma, poissonCdf, poissonMeanInterval, poissonRateInterval } from './poisson-rate';

describe('Garwood exact Poisson interval', () => {
  // Reference values: χ²-quantile formula (Garwood 1936), as tabled e.g. by Ulm (1990) and computed
  // with scipy.stats.chi2.ppf(0.025, 2k)/2 and chi2.ppf(0.975, 2k+2)/2.
  it.each<[number, number, number]>([
    [0, 0, 3.6889],
    [1, 0.0253, 5.5716],
    [2, 0.2422, 7.2247],
    [3, 0.6187, 8.7673],
    [5, 1.6235, 11.6683],
    [10, 4.7954, 18.3904],
    [20, 12.2165, 30.8884],
    [100, 81.364, 121.6268],
  ])('%d events → [%d, %d]', (events, low, high) => {
    const interval = poissonMeanInterval(events);
    expect(interval.low).toBeCloseTo(low, 3);
    expect(interval.high).toBeCloseTo(high, 3);
  });

  it('gives −ln(0.025) as the upper bound for no events', () => {
    expect(poissonMeanInterval(0).high).toBeCloseTo(-Math.log(0.025), 9);
  });

  it('honours another confidence level (90 %: 5 events → [1.9701, 10.5130])', () => {
    const interval = poissonMeanInterval(5, 0.9);
    expect(interval.low).toBeCloseTo(1.9701, 3);
    expect(interval.high).toBeCloseTo(10.513, 3);
  });

  it.each<[number, number, number, number, number]>([
    // 5 promotions in 20 person-years: 0.25 per person-year, [1.6235, 11.6683] / 20
    [5, 20, 0.25, 0.081175, 0.583415],
    [0, 12.5, 0, 0, 0.295112],
  ])('%d promotions over %d person-years → rate %d [%d, %d]', (events, exposure, rate, low, high) => {
    const interval = poissonRateInterval(events, exposure)!;
    expect(interval.rate).toBeCloseTo(rate, 9);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('has no rate without time at risk', () => {
    expect(poissonRateInterval(0, 0)).toBeNull();
  });

  it.each([-1, 1.5])('refuses %d events', (events) => {
    expect(() => poissonMeanInterval(events)).toThrow(RangeError);
  });

  it.each<[number, number, number]>([
    // Poisson CDF checks: P(X ≤ 0 | 1) = e⁻¹; P(X ≤ 2 | 3) = e⁻³(1 + 3 + 4.5); P(X ≤ 10 | 10) = 0.58304
    [0, 1, Math.exp(-1)],
    [2, 3, Math.exp(-3) * 8.5],
    [10, 10, 0.5830398],
    [50, 40, 0.947372],
  ])('P(X ≤ %d | μ = %d) = %d', (k, mu, p) => {
    expect(poissonCdf(k, mu)).toBeCloseTo(p, 6);
  });

  it.each<[number, number]>([
    [1, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [101, 363.73937555556347],
  ])('ln Γ(%d) = %d', (x, value) => {
    expect(logGamma(x)).toBeCloseTo(value, 9);
  });
});
