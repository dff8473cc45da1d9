import { kaplanMeier, medianWithConfidence, normalQuantile, type SurvivalObservation } from './kaplan-meier';

const events = (...times: number[]): SurvivalObservation[] => times.map((time) => ({ time, event: true }));
const censored = (...times: number[]): SurvivalObservation[] => times.map((time) => ({ time, event: false }));

// Freireich et al. (1963) leukaemia remission times in weeks, the worked example of Kaplan–Meier in
// Kleinbaum & Klein, "Survival Analysis" ch. 2 and Klein & Moeschberger §4.2.
const sixMp = [...events(6, 6, 6, 7, 10, 13, 16, 22, 23), ...censored(6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35)];
const placebo = events(1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23);

describe('Kaplan–Meier', () => {
  it('reproduces the textbook table for the 6-MP arm (Ŝ and Greenwood standard errors)', () => {
    const table = kaplanMeier(sixMp).map((s) => [s.time, s.atRisk, s.events, round(s.survival), round(s.standardError)]);
    expect(table).toEqual([
      [6, 21, 3, 0.8571, 0.0764],
      [7, 17, 1, 0.8067, 0.0869],
      [10, 15, 1, 0.7529, 0.0963],
      [13, 12, 1, 0.6902, 0.1068],
      [16, 11, 1, 0.6275, 0.1141],
      [22, 7, 1, 0.5378, 0.1282],
      [23, 6, 1, 0.4482, 0.1346],
    ]);
  });

  it.each<[string, SurvivalObservation[], number | null, number | null, number | null]>([
    // Ŝ(23) = 0.448 is the first ≤ ½; Ŝ − 1.96·se first reaches ½ at 13 (0.481); Ŝ + 1.96·se never does.
    ['the 6-MP arm (upper bound not reached)', sixMp, 23, 13, null],
    // Ŝ(8) = 0.381; lower band 0.465 at 4; upper band 0.479 at 11.
    ['the placebo arm', placebo, 8, 4, 11],
    // Ŝ(t) = (10 − t)/10, se = √(Ŝ(1 − Ŝ)/10): lower band ≤ ½ first at 3 (0.416), upper at 8 (0.448).
    ['ten uncensored times 1…10', events(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 5, 3, 8],
    ['nobody promoted', censored(3, 6, 9, 12), null, null, null],
    // Ŝ(2) = 0.8, se = 0.179: the lower band already reaches ½, though the curve itself never does.
    ['too few promotions to reach half', [...events(2), ...censored(5, 6, 7, 8)], null, 2, null],
    ['nobody at risk', [], null, null, null],
    ['everyone promoted at once', events(4, 4, 4), 4, 4, 4],
  ])('median and interval of %s', (_case, observations, median, low, high) => {
    expect(medianWithConfidence(observations)).toMatchObject({ median, low, high });
  });

  it('counts censored people at a tied time as still at risk then', () => {
    expect(kaplanMeier([...events(5), ...censored(5, 8)])).toEqual([
      { time: 5, atRisk: 3, events: 1, survival: expect.closeTo(2 / 3, 12), standardError: expect.closeTo(Math.sqrt((2 / 3) * (1 / 3) / 3), 12) },
    ]);
  });

  it('reports group size and events', () => {
    expect(medianWithConfidence(sixMp)).toMatchObject({ people: 21, events: 9 });
  });

  it.each<[number, number]>([
    [0.975, 1.959964],
    [0.5, 0],
    [0.95, 1.644854],
    [0.005, -2.575829],
  ])('normal quantile at %d is %d', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 5);
  });
});

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
