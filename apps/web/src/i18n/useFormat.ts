import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export type Formatters = {
  /** A calendar date from the API ("YYYY-MM-DD"), shown in the UI language, never shifted by time zone. */
  date: (isoDate: string | null | undefined, style?: 'medium' | 'long') => string;
  /** An instant (ISO timestamp), in the viewer's time zone. */
  dateTime: (iso: string | null | undefined) => string;
  number: (value: number | null | undefined, options?: Intl.NumberFormatOptions) => string;
  percent: (fraction: number) => string;
  /** "Mon" ... "Sun" for ISO day 1..7. */
  weekday: (isoDay: number, style?: 'short' | 'long') => string;
  list: (items: readonly string[]) => string;
};

const EMPTY = '—';

export function formatters(locale: string): Formatters {
  const dateFormats = {
    medium: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  };
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const weekdayFormats = {
    short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
  };
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    date(isoDate, style = 'medium') {
      if (!isoDate) return EMPTY;
      const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? isoDate : dateFormats[style].format(d);
    },
    dateTime(iso) {
      if (!iso) return EMPTY;
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
    },
    number(value, options) {
      if (value === null || value === undefined || Number.isNaN(value)) return EMPTY;
      return options ? new Intl.NumberFormat(locale, options).format(value) : numberFormat.format(value);
    },
    percent: (fraction) => percentFormat.format(fraction),
    // 2024-01-01 was a Monday.
    weekday: (isoDay, style = 'short') => weekdayFormats[style].format(new Date(Date.UTC(2024, 0, isoDay))),
    list: (items) => listFormat.format(items),
  };
}

/** Locale-aware dates and numbers for the current UI language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => formatters(language), [language]);
}
