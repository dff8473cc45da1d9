import type { TFunction } from 'i18next';

/** "All", or the work mode's name. */
export function seriesLabel(t: TFunction, key: string): string {
  if (key === 'ALL') return t('pulse.results.seriesAll');
  if (key === 'REMOTE' || key === 'HYBRID' || key === 'OFFICE') return t(`workMode.${key}`);
  return key;
}
