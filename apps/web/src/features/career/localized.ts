import type { Locale } from '@pulse/shared';

/** HR-written text in every product language, as the API sends it (LocalizedString). */
export type Localized = { readonly en: string; readonly zhHans: string; readonly zhHant: string; readonly pl: string };

const FIELD: Record<Locale, keyof Localized> = { en: 'en', 'zh-Hans': 'zhHans', 'zh-Hant': 'zhHant', pl: 'pl' };

/** The text in the reader's language; English when that translation is still empty. */
export function localized(text: Localized | null | undefined, language: string): string {
  if (!text) return '';
  const field = FIELD[language as Locale] ?? 'en';
  return text[field].trim() ? text[field] : text.en;
}

export const EMPTY_LOCALIZED: Localized = { en: '', zhHans: '', zhHant: '', pl: '' };

export const LOCALIZED_FIELDS: ReadonlyArray<{ field: keyof Localized; locale: Locale }> = [
  { field: 'en', locale: 'en' },
  { field: 'zhHans', locale: 'zh-Hans' },
  { field: 'zhHant', locale: 'zh-Hant' },
  { field: 'pl', locale: 'pl' },
];
