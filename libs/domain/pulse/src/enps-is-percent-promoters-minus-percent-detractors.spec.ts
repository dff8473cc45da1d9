import { scoreEnps } from './scoring/enps';

describe('eNPS = % answering 9–10 − % answering 0–6, from −100 to +100', () => {
  it.each([
    // SPEC §4.1 test vector: 5 promoters, 2 passives, 3 detractors of 10
    [[10, 9, 9, 8, 7, 6, 5, 10, 3, 9], 20, 5, 2, 3],
    [[10, 10, 9], 100, 3, 0, 0],
    [[0, 6, 3], -100, 0, 0, 3],
    [[7, 8], 0, 0, 2, 0],
    // Boundaries: 6 is a detractor, 7 and 8 passives, 9 a promoter.
    [[6], -100, 0, 0, 1],
    [[7], 0, 0, 1, 0],
    [[8], 0, 0, 1, 0],
    [[9], 100, 1, 0, 0],
    // Reported to two decimals.
    [[10, 10, 0], 33.33, 2, 0, 1],
    [[0, 0, 10], -33.33, 1, 0, 2],
    [[9, 0, 0, 7, 7, 7], -16.67, 1, 3, 2],
  ])('%j → %d', (answers, score, promoters, passives, detractors) => {
    expect(scoreEnps(answers)).toMatchObject({ status: 'scored', score, promoters, passives, detractors, respondents: answers.length });
  });

  it('the SPEC vector is +20', () => {
    const result = scoreEnps([10, 9, 9, 8, 7, 6, 5, 10, 3, 9]);
    expect(result).toMatchObject({ score: 20, exactScore: 20 });
  });

  it('with no answers there is no score', () => {
    expect(scoreEnps([])).toEqual({ status: 'missing', respondents: 0 });
  });

  it.each([[11], [-1], [8.5]])('refuses to score %d (answers run 0–10)', (value) => {
    expect(() => scoreEnps([10, value])).toThrow(/not an answer/);
  });
});
