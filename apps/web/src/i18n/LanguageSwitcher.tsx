import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale } from '@pulse/shared';
import { LOCALE_NATIVE_NAMES, storeLocale } from './locale';

/** A real <select>: keyboard and screen-reader behaviour come from the browser. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      label={t('language.label')}
      size="xs"
      data-testid="language-switcher"
      value={i18n.language}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (!isLocale(next)) return;
        storeLocale(next);
        void i18n.changeLanguage(next);
      }}
      classNames={{ label: 'language-switcher-label' }}
      styles={{
        root: { display: 'flex', alignItems: 'center', gap: 'var(--mantine-spacing-xs)' },
        label: { whiteSpace: 'nowrap' },
        input: { minWidth: '7.5rem' },
      }}
    >
      {LOCALES.map((locale) => (
        // `lang` lets a screen reader say each name in its own language.
        <option key={locale} value={locale} lang={locale}>
          {LOCALE_NATIVE_NAMES[locale]}
        </option>
      ))}
    </NativeSelect>
  );
}
