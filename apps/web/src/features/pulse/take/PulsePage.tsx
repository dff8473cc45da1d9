import { lazy, Suspense } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyOpenPulsesDocument } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { PulseCard } from './PulseCard';

const MyHistory = lazy(() => import('../history/MyHistory').then((m) => ({ default: m.MyHistory })));

/** "This week's pulse": every pulse open for me now, then my own (private) history. */
export function PulsePage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyOpenPulsesDocument, { variables: { locale: i18n.language } });
  const pulses = data?.myOpenPulses ?? [];

  return (
    <>
      <PageHeader area="pulse" title={t('pulse.take.title')} description={t('pulse.take.description')} />
      <Stack gap="xl">
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {loading && !data ? <Loading /> : null}
        {data && pulses.length === 0 ? (
          <Text c="dimmed" data-testid="pulse-none-open">
            {t('pulse.take.noneOpen')}
          </Text>
        ) : null}
        {pulses.map((p) => (
          <PulseCard key={`${p.waveId}-${i18n.language}`} pulse={p} />
        ))}
        <section aria-labelledby="my-history-title">
          <Title order={2} size="h3" id="my-history-title">
            {t('pulse.history.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('pulse.history.private')}
          </Text>
          <Suspense fallback={<Loading />}>
            <MyHistory />
          </Suspense>
        </section>
      </Stack>
    </>
  );
}
