import { validateAnswers, type SubmittedAnswer } from './answer-validation';
import { CBI_V1 } from './instruments/cbi';
import { ENPS_V1 } from './instruments/enps';
import { OLBI_V1 } from './instruments/olbi';
import { SINGLE_ITEM_BURNOUT_V1 } from './instruments/single-item-burnout';
import { WHO5_V1 } from './instruments/who5';

describe('a submitted answer set is checked against the instrument version it answers', () => {
  it.each([
    ['CBI', CBI_V1, [{ itemId: 'cbi.work.13', value: 100 }, { itemId: 'cbi.customer.14', value: 0 }], { 'cbi.work.13': 100, 'cbi.customer.14': 0 }],
    ['WHO-5 at both ends', WHO5_V1, [{ itemId: 'who5.1', value: 0 }, { itemId: 'who5.5', value: 5 }], { 'who5.1': 0, 'who5.5': 5 }],
    ['OLBI', OLBI_V1, [{ itemId: 'olbi.exhaustion.2', value: 4, answerScaleId: 'olbi.agreement' }], { 'olbi.exhaustion.2': 4 }],
    ['eNPS', ENPS_V1, [{ itemId: 'enps.recommend', value: 0 }], { 'enps.recommend': 0 }],
    ['single item', SINGLE_ITEM_BURNOUT_V1, [{ itemId: 'single-item-burnout.1', value: 3 }], { 'single-item-burnout.1': 3 }],
  ])('accepts valid %s answers', (_name, instrument, answers, expected) => {
    expect(validateAnswers(instrument, answers)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['unknown item id', CBI_V1, { itemId: 'cbi.work.99', value: 50 }, 'UNKNOWN_ITEM', 'Item "cbi.work.99": cbi@1 has no such item.'],
    ['an item of another instrument', CBI_V1, { itemId: 'who5.1', value: 3 }, 'UNKNOWN_ITEM', 'Item "who5.1": cbi@1 has no such item.'],
    ['above the scale', CBI_V1, { itemId: 'cbi.personal.1', value: 101 }, 'OUT_OF_RANGE', 'Item "cbi.personal.1": the answer is outside the frequency scale (0–100); it must be one of 100, 75, 50, 25, 0.'],
    ['below the scale', CBI_V1, { itemId: 'cbi.work.7', value: -25 }, 'OUT_OF_RANGE', 'Item "cbi.work.7": the answer is outside the degree scale (0–100); it must be one of 100, 75, 50, 25, 0.'],
    ['between CBI answers', CBI_V1, { itemId: 'cbi.work.7', value: 30 }, 'NOT_ON_SCALE', 'Item "cbi.work.7": the answer is not one of the degree scale\'s answers; it must be one of 100, 75, 50, 25, 0.'],
    ['a 1–5 answer sent to a CBI item', CBI_V1, { itemId: 'cbi.work.7', value: 4 }, 'NOT_ON_SCALE', /must be one of 100, 75, 50, 25, 0/],
    ['WHO-5 above 5', WHO5_V1, { itemId: 'who5.3', value: 6 }, 'OUT_OF_RANGE', 'Item "who5.3": the answer is outside the WHO-5 scale (0–5); it must be a whole number from 0 to 5.'],
    ['OLBI 0', OLBI_V1, { itemId: 'olbi.disengagement.1', value: 0 }, 'OUT_OF_RANGE', /must be a whole number from 1 to 4/],
    ['eNPS 11', ENPS_V1, { itemId: 'enps.recommend', value: 11 }, 'OUT_OF_RANGE', /must be a whole number from 0 to 10/],
    ['a fraction', ENPS_V1, { itemId: 'enps.recommend', value: 7.5 }, 'NOT_AN_INTEGER', 'Item "enps.recommend": the answer is not a whole number; it must be a whole number from 0 to 10.'],
    ['a number as text', WHO5_V1, { itemId: 'who5.1', value: '3' }, 'NOT_A_NUMBER', 'Item "who5.1": the answer is a string, not a number; it must be a whole number from 0 to 5.'],
    ['NaN', WHO5_V1, { itemId: 'who5.1', value: NaN }, 'NOT_A_NUMBER', /the answer is not a finite number/],
    ['Infinity', WHO5_V1, { itemId: 'who5.1', value: Infinity }, 'NOT_A_NUMBER', /the answer is not a finite number/],
    ['null', WHO5_V1, { itemId: 'who5.1', value: null }, 'NOT_A_NUMBER', /the answer is missing/],
    ['the wrong answer scale', CBI_V1, { itemId: 'cbi.work.10', value: 50, answerScaleId: 'cbi.degree' }, 'WRONG_SCALE', 'Item "cbi.work.10": answered on the "cbi.degree" scale, but this item uses "cbi.frequency".'],
  ])('rejects %s', (_name, instrument, answer, code, message) => {
    const result = validateAnswers(instrument, [answer as SubmittedAnswer]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code, itemId: answer.itemId });
    expect(result.errors[0].message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  it('rejects an empty submission', () => {
    expect(validateAnswers(WHO5_V1, [])).toEqual({
      ok: false,
      errors: [{ code: 'NO_ANSWERS', message: 'The submission for who5@1 contains no answers.' }],
    });
  });

  it('rejects an item answered twice in one submission', () => {
    const result = validateAnswers(WHO5_V1, [{ itemId: 'who5.1', value: 3 }, { itemId: 'who5.1', value: 4 }]);
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'DUPLICATE_ITEM', itemId: 'who5.1' }] });
  });

  it('rejects an item that was not asked in this pulse', () => {
    const result = validateAnswers(CBI_V1, [{ itemId: 'cbi.work.7', value: 50 }, { itemId: 'cbi.work.8', value: 50 }], {
      askedItemIds: ['cbi.work.7'],
    });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'ITEM_NOT_ASKED', itemId: 'cbi.work.8' }] });
  });

  it('reports every problem at once, in submission order', () => {
    const result = validateAnswers(CBI_V1, [
      { itemId: 'cbi.personal.1', value: 50 },
      { itemId: 'cbi.nope', value: 50 },
      { itemId: 'cbi.personal.2', value: 33 },
      { itemId: 'cbi.personal.3', value: 1000 },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => [e.itemId, e.code])).toEqual([
      ['cbi.nope', 'UNKNOWN_ITEM'],
      ['cbi.personal.2', 'NOT_ON_SCALE'],
      ['cbi.personal.3', 'OUT_OF_RANGE'],
    ]);
  });

  it('never repeats the submitted value in a message (messages may be logged)', () => {
    const result = validateAnswers(CBI_V1, [
      { itemId: 'cbi.personal.1', value: 33 },
      { itemId: 'cbi.personal.2', value: 777 },
      { itemId: 'cbi.personal.3', value: 12.5 },
      { itemId: 'cbi.personal.4', value: 'forty-four' },
    ]);
    if (result.ok) throw new Error('expected errors');
    const messages = result.errors.map((e) => e.message).join('\n');
    for (const leaked of ['33', '777', '12.5', 'forty-four']) expect(messages).not.toContain(leaked);
  });
});
