import { formatters } from './useFormat';

describe('locale-aware formatting', () => {
  it.each([
    ['en', '2024-02-01', 'Feb 1, 2024'],
    ['pl', '2024-02-01', '1 lut 2024'],
    ['zh-Hans', '2024-02-01', '2024年2月1日'],
    ['zh-Hant', '2024-02-01', '2024年2月1日'],
  ])('%s shows the calendar date %s as %s, whatever the viewer time zone', (locale, iso, expected) => {
    expect(formatters(locale).date(iso)).toBe(expected);
  });

  it.each([
    ['en', '12,345.5'],
    ['pl', '12 345,5'],
    ['zh-Hans', '12,345.5'],
  ])('%s groups numbers as %s', (locale, expected) => {
    // Polish groups with a no-break space.
    expect(formatters(locale).number(12345.5).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('names ISO weekdays in the language', () => {
    expect(formatters('en').weekday(1)).toBe('Mon');
    expect(formatters('zh-Hans').weekday(1)).toBe('周一');
    expect(formatters('zh-Hant').weekday(7)).toBe('週日');
    expect(formatters('pl').weekday(5, 'long')).toBe('piątek');
  });

  it('shows a dash for missing values', () => {
    expect(formatters('en').date(null)).toBe('—');
    expect(formatters('en').number(undefined)).toBe('—');
  });
});
