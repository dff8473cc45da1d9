import { answersReducer, initialAnswers, toSubmission, unanswered } from './answerForm';

describe('the answer form of one pulse', () => {
  const items = ['cbi.w1', 'cbi.w2', 'enps'];

  it('starts from my earlier answers in this window, ignoring items no longer asked', () => {
    expect(initialAnswers([{ itemId: 'cbi.w1', value: 75 }, { itemId: 'gone', value: 1 }], items)).toEqual({ 'cbi.w1': 75 });
  });

  it('answering sets, answering again replaces, reset restores', () => {
    let s = answersReducer({}, { type: 'answer', itemId: 'enps', value: 9 });
    s = answersReducer(s, { type: 'answer', itemId: 'enps', value: 0 });
    expect(s).toEqual({ enps: 0 });
    expect(answersReducer(s, { type: 'reset', answers: {} })).toEqual({});
  });

  it('lists the questions still unanswered, in order (0 counts as an answer)', () => {
    expect(unanswered({ enps: 0 }, items)).toEqual(['cbi.w1', 'cbi.w2']);
  });

  it('sends answers in question order and a blank comment as null', () => {
    expect(toSubmission('w1', items, { enps: 10, 'cbi.w1': 50 }, '   ')).toEqual({
      waveId: 'w1',
      answers: [
        { itemId: 'cbi.w1', value: 50 },
        { itemId: 'enps', value: 10 },
      ],
      comment: null,
    });
    expect(toSubmission('w1', items, {}, ' more breaks ').comment).toBe('more breaks');
  });
});
