import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '@pulse/shared';
import { lazyLocaleBackend } from './backend';

/** Keeps `<html lang>` in step with the UI language (screen readers pick voices from it). */
function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

type CreateOptions = {
  language: Locale;
  /** Tests pass resources directly; the app loads each locale lazily. */
  resources?: Resource;
};

export async function createI18n({ language, resources }: CreateOptions): Promise<I18n> {
  const instance = i18next.createInstance();
  if (!resources) instance.use(lazyLocaleBackend);
  instance.use(initReactI18next);
  instance.on('languageChanged', syncDocumentLanguage);
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    // 'zh-Hans' must not also load a bare 'zh'.
    load: 'currentOnly',
    resources,
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
    react: { useSuspense: true },
  });
  syncDocumentLanguage(instance.language);
  return instance;
}
