import { List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PulseAlertsDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { formatMeasure, measureLabel } from '../measures';
import { seriesLabel } from './seriesLabel';

/** Early warnings for groups I may see (groups of at least k only). */
export function AlertsList() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(PulseAlertsDocument, { variables: { first: 20 } });
  const value = (measure: string | null, v: number | null) =>
    measure === 'participation' ? (v === null ? format.number(null) : format.percent(v)) : formatMeasure(format, measure ?? '', v);

  return (
    <Stack gap="xs" component="section" aria-labelledby="pulse-alerts-title">
      <Title order={2} size="h4" id="pulse-alerts-title">
        {t('pulse.alerts.title')}
      </Title>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.pulseAlerts.length === 0 ? <Text c="dimmed">{t('pulse.alerts.none')}</Text> : null}
      {data && data.pulseAlerts.length > 0 ? (
        <List spacing="xs" data-testid="pulse-alerts">
          {data.pulseAlerts.map((a) => (
            <List.Item key={a.id}>
              <Text span fw={600}>
                {a.kind === 'BURNOUT_RISING' ? t('pulse.alerts.burnoutRising') : a.kind === 'PARTICIPATION_FALLING' ? t('pulse.alerts.participationFalling') : a.kind}
              </Text>{' '}
              <Text span>
                {t('pulse.alerts.detail', {
                  group: a.workMode === 'ALL' ? (a.path ?? a.label) : `${a.path ?? a.label} · ${seriesLabel(t, a.workMode)}`,
                  measure: a.measure === 'participation' || !a.measure ? t('pulse.results.participation') : measureLabel(t, a.measure),
                  previous: value(a.measure, a.previous),
                  current: value(a.measure, a.current),
                  period: format.date(a.periodStart),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
