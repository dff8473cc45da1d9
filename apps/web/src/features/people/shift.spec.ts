import { formatters } from '../../i18n/useFormat';
import { describeShiftPattern } from './shift';

describe('shift pattern in the reader’s language', () => {
  it.each([
    ['en', 'Mon-Fri 09:00-17:00; Sat 10:00-14:00', ['Mon–Fri 09:00–17:00', 'Sat 10:00–14:00']],
    ['zh-Hans', 'Mon-Fri 09:00-17:00', ['周一–周五 09:00–17:00']],
    ['pl', 'Sun 22:00-06:00', ['niedz. 22:00–06:00']],
  ])('%s: %s', (locale, pattern, expected) => {
    expect(describeShiftPattern(pattern, formatters(locale))).toEqual(expected);
  });

  it('shows text it cannot parse as stored, and nothing for no pattern', () => {
    expect(describeShiftPattern('weekends, mostly', formatters('en'))).toEqual(['weekends, mostly']);
    expect(describeShiftPattern(null, formatters('en'))).toBeNull();
  });
});
