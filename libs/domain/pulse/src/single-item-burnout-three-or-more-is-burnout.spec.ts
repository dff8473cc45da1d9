import { SINGLE_ITEM_BURNOUT_V1 } from './instruments/single-item-burnout';
import { scoreSingleItemBurnout } from './scoring/single-item-burnout';

const ID = 'single-item-burnout.1';

describe('single-item burnout measure: levels 1–5, 3 or more counts as burnout', () => {
  it.each([
    [1, false, 'I enjoy my work. I have no symptoms of burnout.'],
    [2, false, "Occasionally I am under stress, and I don't always have as much energy as I once did, but I don't feel burned out."],
    [3, true, 'I am definitely burning out and have one or more symptoms of burnout, such as physical and emotional exhaustion.'],
    [4, true, "The symptoms of burnout that I'm experiencing won't go away. I think about frustration at work a lot."],
    [5, true, 'I feel completely burned out and often wonder if I can go on. I am at the point where I may need some changes or may need to seek some sort of help.'],
  ])('level %d → burnout %s ("%s")', (level, burnout, text) => {
    const option = SINGLE_ITEM_BURNOUT_V1.answerScales[0].options.find((o) => o.value === level);
    expect(option?.label?.en.text).toBe(text);
    expect(scoreSingleItemBurnout({ [ID]: level })).toEqual({ status: 'scored', level, burnout });
  });

  it.each([[{}], [{ [ID]: null }]])('unanswered (%j) → missing', (answers) => {
    expect(scoreSingleItemBurnout(answers)).toEqual({ status: 'missing' });
  });

  it.each([[0], [6]])('refuses to score %d', (value) => {
    expect(() => scoreSingleItemBurnout({ [ID]: value })).toThrow(/not an answer/);
  });
});
