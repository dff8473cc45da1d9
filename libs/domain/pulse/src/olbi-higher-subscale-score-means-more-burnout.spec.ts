import { OLBI_V1 } from './instruments/olbi';
import { scoredValue } from './scoring/answers';
import { scoreOlbi, scoreOlbiSubscale } from './scoring/olbi';

const STRONGLY_AGREE = 1;
const STRONGLY_DISAGREE = 4;
const NEGATIVELY_WORDED = [2, 3, 4, 6, 8, 9, 11, 12];
const item = (n: number) => OLBI_V1.items.find((i) => i.number === n)!;

/** Answers for all 16 items: `negative` to the negatively worded items, `positive` to the others. */
const respondent = (negative: number, positive: number) =>
  Object.fromEntries(OLBI_V1.items.map((i) => [i.id, NEGATIVELY_WORDED.includes(i.number) ? negative : positive]));

describe('OLBI answers run 1 = strongly agree … 4 = strongly disagree; scores run 1–4, higher = more burnout', () => {
  it('the answer scale is pinned: 1 is "Strongly agree" and 4 is "Strongly disagree"', () => {
    const [scale] = OLBI_V1.answerScales;
    expect(scale.options.map((o) => [o.value, o.label?.en.text])).toEqual([
      [1, 'Strongly agree'],
      [2, 'Agree'],
      [3, 'Disagree'],
      [4, 'Strongly disagree'],
    ]);
  });

  it.each([
    // Agreeing with a negatively worded item is burnout: reversed to 5 − x.
    [2, 'There are days when I feel tired before I arrive at work', STRONGLY_AGREE, 4],
    [2, 'There are days when I feel tired before I arrive at work', STRONGLY_DISAGREE, 1],
    [8, 'During my work, I often feel emotionally drained', 2, 3],
    [3, 'It happens more and more often that I talk about my work in a negative way', STRONGLY_AGREE, 4],
    // Agreeing with a positively worded item is the opposite of burnout: kept as answered.
    [5, 'I can tolerate the pressure of my work very well', STRONGLY_AGREE, 1],
    [16, 'When I work, I usually feel energized', STRONGLY_DISAGREE, 4],
    [1, 'I always find new and interesting aspects in my work', STRONGLY_AGREE, 1],
    [15, 'I feel more and more engaged in my work', 3, 3],
  ])('item %d "%s" answered %d counts %d', (n, text, value, scored) => {
    expect(item(n).text.en.text).toBe(text);
    expect(scoredValue(OLBI_V1, item(n), { [item(n).id]: value })).toBe(scored);
  });

  it('reverses exactly items 2, 3, 4, 6, 8, 9, 11 and 12', () => {
    expect(OLBI_V1.items.filter((i) => i.reverse).map((i) => i.number)).toEqual(NEGATIVELY_WORDED);
  });

  it.each([
    ['burnt out: agrees with every negative item, disagrees with every positive one', respondent(STRONGLY_AGREE, STRONGLY_DISAGREE), 4, 4],
    ['thriving: the opposite', respondent(STRONGLY_DISAGREE, STRONGLY_AGREE), 1, 1],
    ['agrees with everything (acquiescence): the reverse items cancel it out', respondent(STRONGLY_AGREE, STRONGLY_AGREE), 2.5, 2.5],
    ['"agree" to negative, "disagree" to positive', respondent(2, 3), 3, 3],
  ])('%s → exhaustion %d, disengagement %d', (_name, answers, exhaustion, disengagement) => {
    const result = scoreOlbi(answers);
    expect(result.exhaustion).toMatchObject({ status: 'scored', score: exhaustion, answered: 8 });
    expect(result.disengagement).toMatchObject({ status: 'scored', score: disengagement, answered: 8 });
  });

  it.each([
    ['exhaustion', [2, 4, 5, 8, 10, 12, 14, 16]],
    ['disengagement', [1, 3, 6, 7, 9, 11, 13, 15]],
  ] as const)('%s is the mean of items %j', (subscale, numbers) => {
    expect(OLBI_V1.items.filter((i) => i.subscaleId === subscale).map((i) => i.number)).toEqual(numbers);
    // Only this subscale's items answered: the other subscale is missing.
    const answers = Object.fromEntries(numbers.map((n) => [item(n).id, STRONGLY_DISAGREE]));
    expect(scoreOlbiSubscale(subscale, answers)).toMatchObject({ status: 'scored' });
    expect(scoreOlbiSubscale(subscale === 'exhaustion' ? 'disengagement' : 'exhaustion', answers)).toMatchObject({ status: 'missing' });
  });

  it.each([
    [[2, 4, 5], 'missing'],
    [[2, 4, 5, 8], 'scored'],
  ])('exhaustion with items %j answered → %s (at least half of a subscale)', (numbers, status) => {
    const answers = Object.fromEntries(numbers.map((n) => [item(n).id, STRONGLY_AGREE]));
    expect(scoreOlbiSubscale('exhaustion', answers)).toMatchObject({ status, answered: numbers.length });
  });

  it.each([[0], [5]])('refuses to score %d (answers run 1–4)', (value) => {
    expect(() => scoreOlbiSubscale('exhaustion', respondent(value, 1))).toThrow(/not an answer/);
  });
});
