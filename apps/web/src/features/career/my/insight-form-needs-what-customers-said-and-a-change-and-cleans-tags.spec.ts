import { emptyInsightForm, insightFormErrors, insightInput, parseTags } from './insightForm';

describe('customer insight form', () => {
  it('needs a title, what customers said and a suggested change', () => {
    expect(insightFormErrors(emptyInsightForm)).toEqual({ title: 'required', customerSaid: 'required', suggestedChange: 'required' });
    expect(insightFormErrors({ ...emptyInsightForm, title: ' x ', customerSaid: 'y', suggestedChange: 'z' })).toEqual({});
    expect(insightFormErrors({ ...emptyInsightForm, title: 'x'.repeat(201), customerSaid: 'y', suggestedChange: 'z' })).toEqual({ title: 'tooLong' });
  });

  it.each([
    ['billing, refunds,  Billing', ['billing', 'refunds']],
    ['退款，账单、退款', ['退款', '账单']],
    ['  ', []],
  ])('cleans tags %j → %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });

  it('sends trimmed text', () => {
    expect(insightInput({ title: ' Refund wait ', customerSaid: ' too slow ', frequency: 'DAILY', suggestedChange: ' auto-refund ', tags: 'refunds' })).toEqual({
      title: 'Refund wait',
      customerSaid: 'too slow',
      frequency: 'DAILY',
      suggestedChange: 'auto-refund',
      tags: ['refunds'],
    });
  });
});
