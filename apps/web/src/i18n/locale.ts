import { isLocale, LOCALES, type Locale } from '@pulse/shared';

export const LOCALE_STORAGE_KEY = 'pulse.locale';

/** Each locale's name written in that language, so people can find their own. */
export const LOCALE_NATIVE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  pl: 'Polski',
};

/** Maps a browser or profile language tag (zh-TW, zh-CN, pl-PL, en-GB...) to a supported locale. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  if (isLocale(tag)) return tag;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) {
    if (/^zh-(hant|tw|hk|mo)\b/.test(lower)) return 'zh-Hant';
    return 'zh-Hans';
  }
  const primary = lower.split('-')[0];
  return LOCALES.find((l) => l === primary) ?? null;
}

export function storedLocale(): Locale | null {
  try {
    return matchLocale(window.localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** Stored choice first, then the browser's preferences, then English. */
export function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browser) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return 'en';
}
