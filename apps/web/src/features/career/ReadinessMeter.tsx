import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

type Props = { percent: number; ready: boolean; projected?: boolean; testId?: string };

/** Readiness on its fixed 0–100 % scale, with the word (not only the colour) saying ready or not. */
export function ReadinessMeter({ percent, ready, projected = false, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = t('career.readiness.percent', { percent: format.percent(percent / 100) });
  return (
    <div data-testid={testId}>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text fw={700} size="lg">
          {label}
        </Text>
        <Badge color={ready ? 'teal.9' : 'gray'} variant={ready ? 'filled' : 'light'}>
          {ready ? t('career.readiness.ready') : projected ? t('career.readiness.projected') : t('career.readiness.notYet')}
        </Badge>
      </Group>
      <Progress value={Math.max(0, Math.min(100, percent))} color={ready ? 'teal.9' : 'blue.8'} aria-label={label} mt={4} />
    </div>
  );
}
