import { lazy, Suspense } from 'react';
import { Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyPulseHistoryDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { formatOwnScore, measureLabel, MEASURES } from '../measures';
import { CHARTED_MEASURES, historyChartData, historyMeasures } from './historyRows';
import { TableScroll } from '../TableScroll';

const HistoryChart = lazy(() => import('./HistoryChart').then((m) => ({ default: m.HistoryChart })));

/** My own scores over time: a small chart (0–100 measures) and the table with every score. */
export function MyHistory() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(MyPulseHistoryDocument, { variables: { last: 26 } });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const entries = data?.myPulseHistory ?? [];
  if (entries.length === 0) return <Text c="dimmed">{t('pulse.history.empty')}</Text>;
  const measures = historyMeasures(entries, MEASURES);
  const chartData = historyChartData(entries);
  const lines = CHARTED_MEASURES.filter((m) => chartData.some((p) => p[m] !== null)).map((m) => ({ key: m, name: measureLabel(t, m) }));

  return (
    <>
      {chartData.length > 1 ? (
        <Suspense fallback={<Loading />}>
          <HistoryChart data={chartData} lines={lines} formatPeriod={(p) => format.date(p)} />
        </Suspense>
      ) : null}
      <TableScroll label={t('pulse.history.caption')}>
        <Table withTableBorder striped data-testid="my-history-table" miw={480}>
          <Table.Caption>{t('pulse.history.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pulse.period')}</Table.Th>
              {measures.map((m) => (
                <Table.Th scope="col" key={m} ta="right">
                  {measureLabel(t, m)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.waveId}>
                <Table.Th scope="row" fw={400}>
                  {format.date(e.periodStart)}
                  <Text span size="xs" c="dimmed" display="block">
                    {e.programName}
                  </Text>
                </Table.Th>
                {measures.map((m) => (
                  <Table.Td key={m} ta="right">
                    {formatOwnScore(format, m, e.scores.find((s) => s.measure === m)?.value)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}
