import { testI18n } from '../../test/render';
import { formatters } from '../../i18n/useFormat';
import { formatMeasure, formatOwnScore, hiddenReasonText, severity, severityStep, shareOfBands, WHO5_BELOW_50 } from './measures';

describe('a hidden figure says why (SPEC §4.3)', () => {
  it.each([
    ['FEWER_THAN_K', 5, 'Hidden: fewer than 5 responses'],
    ['FEWER_THAN_K', 7, 'Hidden: fewer than 7 responses'],
    ['COMPLEMENTARY', 5, 'Hidden so that no smaller group can be worked out by combining the figures shown'],
    ['BANDS', 5, 'Share hidden: a band holds fewer than 5 people, or everyone is in one'],
    ['NOT_ASKED', 5, 'Not asked in this wave'],
    ['NO_RESPONSES', 5, 'No responses in this wave'],
    [null, 5, 'Hidden to protect confidentiality'],
  ])('%s with k=%i reads "%s"', async (reason, k, text) => {
    const i18n = await testI18n('en');
    expect(hiddenReasonText(i18n.t, reason, k)).toBe(text);
  });

  it('is translated, with k in the sentence', async () => {
    const i18n = await testI18n('pl');
    expect(hiddenReasonText(i18n.t, 'FEWER_THAN_K', 6)).toBe('Ukryte: mniej niż 6 odpowiedzi');
    expect(hiddenReasonText(i18n.t, 'NOT_ASKED', 6)).toBe('O to nie pytano w tej fali');
  });
});

describe('figures read in their own scale', () => {
  const en = formatters('en');
  it.each([
    ['cbi.work', 64.2857, '64.3'],
    ['enps', 20, '+20'],
    ['enps', -12.4, '-12'],
    ['enps', 0, '0'],
    ['olbi.exhaustion', 2.5, '2.50'],
    ['who5', null, '—'],
  ])('%s %p → %s', (measure, value, text) => {
    expect(formatMeasure(en, measure, value)).toBe(text);
  });

  it("my own eNPS is my 0–10 answer, not a signed group score", () => {
    expect(formatOwnScore(en, 'enps', 7)).toBe('7');
    expect(formatOwnScore(en, 'cbi.work', 43.75)).toBe('43.8');
  });

  it('uses the locale (Polish decimal comma)', () => {
    expect(formatMeasure(formatters('pl'), 'cbi.work', 37.5)).toBe('37,5');
  });

  it('WHO-5 share below 50 adds poor and likely depression, not good', () => {
    const shares = [
      { band: 'good', share: 0.6 },
      { band: 'poor', share: 0.3 },
      { band: 'likely-depression', share: 0.1 },
    ];
    expect(shareOfBands(shares, WHO5_BELOW_50)).toBeCloseTo(0.4);
    expect(shareOfBands([], WHO5_BELOW_50)).toBeNull();
  });

  it.each([
    ['cbi.work', 90, 'veryHigh'],
    ['cbi.work', 10, 'low'],
    ['who5', 90, 'low'],
    ['who5', 20, 'veryHigh'],
    ['enps', 60, 'low'],
    ['enps', -40, 'high'],
    ['single-item-burnout', 3, 'high'],
    ['single-item-burnout', 2, 'moderate'],
  ])('the heatmap colours %s = %p as %s concern', (measure, value, step) => {
    expect(severityStep(severity(measure, value) ?? 0).key).toBe(step);
  });
});
