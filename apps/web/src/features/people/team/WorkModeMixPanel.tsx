import { lazy, Suspense } from 'react';
import { SimpleGrid, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ReportingLineDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { workModeMix } from './workModeMix';

const WorkModeChart = lazy(() => import('./WorkModeChart'));

/** The mix of work modes in the reporting line: a table (the accessible source) and a bar chart. */
export default function WorkModeMixPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  // 200 is the API's page limit; a reporting line larger than that is counted from its first 200.
  const { data, loading, error, refetch } = useQuery(ReportingLineDocument, { variables: { first: 200, offset: 0 } });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const people = data?.people.items ?? [];
  const total = data?.people.total ?? 0;
  if (people.length === 0) return <Text c="dimmed">{t('team.empty')}</Text>;
  const rows = workModeMix(people).map((row) => ({
    ...row,
    label: row.workMode === 'UNKNOWN' ? t('common.notSet') : t(`workMode.${row.workMode}`),
  }));

  return (
    <>
    {total > people.length ? (
      <Text size="sm" c="dimmed" mb="sm">
        {t('team.mixPartial', { shown: format.number(people.length), total: format.number(total) })}
      </Text>
    ) : null}
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Table withTableBorder data-testid="work-mode-mix-table" style={{ alignSelf: 'start' }}>
        <Table.Caption>{t('team.mixCaption', { count: people.length, formatted: format.number(people.length) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('person.workMode')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('team.mixPeople')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('team.mixShare')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.workMode}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              <Table.Td ta="right">{format.number(row.count)}</Table.Td>
              <Table.Td ta="right">{format.percent(row.share)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Suspense fallback={<Loading />}>
        <WorkModeChart data={rows} title={t('team.tabWorkModeMix')} valueLabel={t('team.mixPeople')} />
      </Suspense>
    </SimpleGrid>
    </>
  );
}
