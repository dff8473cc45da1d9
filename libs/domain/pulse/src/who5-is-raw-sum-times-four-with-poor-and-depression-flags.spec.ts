import { scoreWho5 } from './scoring/who5';

const who5 = (values: readonly (number | null)[]) => Object.fromEntries(values.map((v, i) => [`who5.${i + 1}`, v]));

describe('WHO-5: percentage = raw sum × 4; below 50 poor well-being; 28 or less likely depression', () => {
  it.each([
    // SPEC §4.1 test vectors
    [[3, 2, 4, 1, 2], 12, 48, true, false],
    [[1, 1, 2, 1, 2], 7, 28, true, true],
    // Boundaries: raw 13 (52) is the first score that is not poor; raw 8 (32) is the first not flagged.
    [[3, 3, 3, 3, 1], 13, 52, false, false],
    [[2, 2, 2, 1, 1], 8, 32, true, false],
    [[0, 0, 0, 0, 0], 0, 0, true, true],
    [[5, 5, 5, 5, 5], 25, 100, false, false],
    [[4, 4, 3, 3, 4], 18, 72, false, false],
  ])('%j → raw %d, %d%%, poor %s, likely depression %s', (values, rawScore, percentage, poorWellBeing, likelyDepression) => {
    expect(scoreWho5(who5(values))).toEqual({ status: 'scored', rawScore, percentage, poorWellBeing, likelyDepression });
  });

  it.each([
    ['one item unanswered', [3, 2, 4, 1, null], 4],
    ['all unanswered', [], 0],
    ['only the first item', [5], 1],
  ])('%s → missing: the percentage is only defined with all five items', (_name, values, answered) => {
    expect(scoreWho5(who5(values))).toEqual({ status: 'missing', answered, minimumAnswered: 5 });
  });

  it.each([[6], [-1], [2.5]])('refuses to score %d (answers run 0–5)', (value) => {
    expect(() => scoreWho5(who5([value, 1, 1, 1, 1]))).toThrow(/not an answer/);
  });
});
