import { lazy, Suspense } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { Loading } from '../../../ui/Loading';
import { trendChartData, type TrendInput } from '../trend';
import { seriesLabel } from './seriesLabel';
import { TrendTable } from './TrendTable';

const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

type Props = {
  title: string;
  trend: TrendInput;
  k: number;
  formatValue: (v: number) => string;
  domain?: [number, number];
  testId: string;
};

/** A trend by work mode: the chart (lazy) and, below it, the same numbers as a table. */
export function TrendPanel({ title, trend, k, formatValue, domain, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `${testId}-title`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {title}
      </Title>
      {trend.periods.length === 0 ? (
        <Text c="dimmed">{t('pulse.results.noTrend')}</Text>
      ) : (
        <>
          <Suspense fallback={<Loading />}>
            <TrendChart
              data={trendChartData(trend)}
              lines={trend.series.map((s) => ({ key: s.key, name: seriesLabel(t, s.key) }))}
              formatPeriod={(p) => format.date(p)}
              formatValue={formatValue}
              domain={domain}
              testId={`${testId}-chart`}
            />
          </Suspense>
          <TrendTable trend={trend} k={k} caption={t('pulse.results.trendTableCaption', { title })} formatValue={formatValue} testId={`${testId}-table`} />
        </>
      )}
    </Stack>
  );
}
