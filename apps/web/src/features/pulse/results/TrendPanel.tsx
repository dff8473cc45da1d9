import { lazy, Suspense } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { Loading } from '../../../ui/Loading';
import { measureScale, scaleBands, scaleNote } from '../measures';
import { trendChartData, type TrendInput } from '../trend';
import { seriesLabel } from './seriesLabel';
import { TrendTable } from './TrendTable';

const TrendChart = lazy(() => import('./TrendChart').then((m) => ({ default: m.TrendChart })));

type Props = {
  title: string;
  trend: TrendInput;
  k: number;
  formatValue: (v: number) => string;
  /** The measure on the y axis (a measure id or 'participation'): its fixed range, bands and direction. */
  measure: string;
  /** The y axis title. */
  yLabel: string;
  testId: string;
};

/** A trend by work mode: the chart (lazy) and, below it, the same numbers as a table. */
export function TrendPanel({ title, trend, k, formatValue, measure, yLabel, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `${testId}-title`;
  const scale = measureScale(measure);
  const note = scaleNote(t, measure);
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
              domain={scale ? [scale.min, scale.max] : undefined}
              xLabel={t('pulse.scale.axisWeek')}
              yLabel={yLabel}
              bands={scaleBands(measure)}
              testId={`${testId}-chart`}
            />
          </Suspense>
          {note ? (
            <Text size="sm" c="dimmed" data-testid={`${testId}-note`}>
              {note}
            </Text>
          ) : null}
          <TrendTable trend={trend} k={k} caption={t('pulse.results.trendTableCaption', { title })} formatValue={formatValue} testId={`${testId}-table`} />
        </>
      )}
    </Stack>
  );
}
