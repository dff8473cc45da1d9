import { roundScore } from './rounding';

describe('scores are reported to two decimals, half away from zero', () => {
  it.each([
    [37.5, 37.5],
    [450 / 7, 64.29],
    [175 / 3, 58.33],
    [200 / 3, 66.67],
    // 1.005 is 1.00499999… in binary: a naive Math.round(x * 100) / 100 gives 1.
    [1.005, 1.01],
    [-100 / 3, -33.33],
    [-50 / 3, -16.67],
    [-0.125, -0.13],
    [-0.001, 0],
    [100, 100],
    [0, 0],
  ])('%d → %d', (value, expected) => {
    expect(roundScore(value)).toBe(expected);
  });

  it('never returns −0', () => {
    expect(Object.is(roundScore(-0.001), 0)).toBe(true);
  });

  it.each([[NaN], [Infinity]])('refuses %d', (value) => {
    expect(() => roundScore(value)).toThrow(RangeError);
  });
});
