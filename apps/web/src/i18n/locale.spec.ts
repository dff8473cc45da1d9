import { matchLocale } from './locale';

describe('matching a browser or profile language to a supported locale', () => {
  it.each([
    ['en-GB', 'en'],
    ['pl-PL', 'pl'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['de-DE', null],
    ['', null],
  ])('%s → %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });
});
