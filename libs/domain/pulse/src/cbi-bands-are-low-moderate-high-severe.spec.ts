import { cbiBand } from './scoring/cbi';

describe('CBI bands: < 50 low, 50–74 moderate, 75–99 high, 100 severe', () => {
  it.each([
    [0, 'low'],
    [25, 'low'],
    [49.99, 'low'],
    [50, 'moderate'],
    [64.29, 'moderate'],
    [74.99, 'moderate'],
    [75, 'high'],
    [99.99, 'high'],
    [100, 'severe'],
  ])('%d → %s', (score, band) => {
    expect(cbiBand(score)).toBe(band);
  });

  it.each([[-0.01], [100.01], [NaN]])('%d is not a CBI score', (score) => {
    expect(() => cbiBand(score)).toThrow(RangeError);
  });

  it('no mean of 3–7 CBI answers falls between the integer band limits, so "50–74" and "75–99" need no rounding rule', () => {
    const gaps: number[] = [];
    for (let n = 3; n <= 7; n++) {
      for (let sum = 0; sum <= 100 * n; sum += 25) {
        const mean = sum / n;
        if ((mean > 49 && mean < 50) || (mean > 74 && mean < 75) || (mean > 99 && mean < 100)) gaps.push(mean);
      }
    }
    expect(gaps).toEqual([]);
  });
});
