import { scoreCbiScale } from './scoring/cbi';

const personal = (values: readonly (number | null)[]) =>
  Object.fromEntries(values.map((v, i) => [`cbi.personal.${i + 1}`, v]));

describe('CBI personal burnout is the mean of the answered items', () => {
  it.each([
    // SPEC §4.1 test vector
    [[50, 75, 25, 50, 0, 25], 37.5, 'low'],
    [[100, 100, 100, 100, 100, 100], 100, 'severe'],
    [[0, 0, 0, 0, 0, 0], 0, 'low'],
    [[75, 75, 75, 75, 75, 75], 75, 'high'],
    // Unanswered items are left out of the mean, not counted as 0.
    [[100, null, 50, null, 75, null], 75, 'high'],
    [[25, 50, 100, null, null, null], 58.33, 'moderate'],
  ])('%j → %d (%s)', (values, score, band) => {
    const result = scoreCbiScale('personal', personal(values));
    expect(result).toMatchObject({ status: 'scored', score, band });
  });

  it('reports the SPEC vector as 37.50 to two decimals', () => {
    const result = scoreCbiScale('personal', personal([50, 75, 25, 50, 0, 25]));
    if (result.status !== 'scored') throw new Error('expected a score');
    expect(result.score.toFixed(2)).toBe('37.50');
    expect(result).toMatchObject({ answered: 6, itemCount: 6 });
  });

  it('ignores answers to the other scales', () => {
    const answers = { ...personal([50, 50, 50]), 'cbi.work.7': 100, 'cbi.customer.14': 0 };
    expect(scoreCbiScale('personal', answers)).toMatchObject({ status: 'scored', score: 50, answered: 3 });
  });

  it.each([[30], [101], [-25], [2.5]])('refuses to score a value that is not a CBI answer (%d): validate first', (value) => {
    expect(() => scoreCbiScale('personal', personal([50, 50, value]))).toThrow(/not an answer/);
  });
});
