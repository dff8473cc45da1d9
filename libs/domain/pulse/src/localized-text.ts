import { LOCALES, type Locale } from '@pulse/shared';

/**
 * One wording of an instrument text in one language.
 * `validated` is true only when the text is the published wording of the instrument in that
 * language (the source wording, or a published validated translation). Translations we wrote
 * ourselves are `validated: false` and the UI and reports must say so (SPEC §4.1).
 */
export type Wording = { readonly text: string; readonly validated: boolean };

/** Instrument wording (items, stems, answer labels) in every supported locale. */
export type LocalizedText = { readonly [L in Locale]: Wording };

/** Plain UI labels (instrument and subscale names): not part of the instrument's wording. */
export type LocalizedLabel = { readonly [L in Locale]: string };

/**
 * English source wording plus our own, unvalidated translations.
 * Use `published` for a translation that is a published validated one.
 */
export function sourceWording(
  en: string,
  translations: { readonly [L in Exclude<Locale, 'en'>]: string | Wording },
): LocalizedText {
  const own = (t: string | Wording): Wording => (typeof t === 'string' ? { text: t, validated: false } : t);
  return {
    en: { text: en, validated: true },
    'zh-Hans': own(translations['zh-Hans']),
    'zh-Hant': own(translations['zh-Hant']),
    pl: own(translations.pl),
  };
}

/** A published validated translation (cite it in the instrument's source notes). */
export function published(text: string): Wording {
  return { text, validated: true };
}

/** Text authored inside the product (HR-authored items): never a validated instrument wording. */
export function authoredWording(texts: { readonly [L in Locale]: string }): LocalizedText {
  return Object.fromEntries(LOCALES.map((l) => [l, { text: texts[l], validated: false }])) as LocalizedText;
}
