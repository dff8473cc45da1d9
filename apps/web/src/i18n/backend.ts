import type { BackendModule, ResourceKey } from 'i18next';
import type { Locale } from '@pulse/shared';

/**
 * Loads one locale's messages as its own chunk, so only the language in use is downloaded.
 * (The i18next-resources-to-backend package does the same; this is the ten lines we need.)
 */
const loaders: Record<Locale, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('./locales/en'),
  'zh-Hans': () => import('./locales/zh-Hans'),
  'zh-Hant': () => import('./locales/zh-Hant'),
  pl: () => import('./locales/pl'),
};

export const lazyLocaleBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = loaders[language as Locale];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
