import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An arrow only where the API says the change exceeds the noise of the group size. */
export function ChangeMark({ change }: { change: string | null | undefined }) {
  const { t } = useTranslation();
  if (change !== 'UP' && change !== 'DOWN') return null;
  const label = change === 'UP' ? t('pulse.results.changeUp') : t('pulse.results.changeDown');
  return (
    <Text span fw={700} ml={4} data-testid={`change-${change.toLowerCase()}`}>
      <span aria-hidden="true">{change === 'UP' ? '↑' : '↓'}</span>
      <span className="visually-hidden">{label}</span>
    </Text>
  );
}
