import { useState } from 'react';
import { Anchor, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ReportingLineDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Pager } from '../../../ui/Pager';
import { workModeLabel } from '../labels';

const PAGE_SIZE = 25;

/** Everyone in the manager's reporting line (the API scopes `people` to it), searchable and paged. */
export function ReportingLineTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(ReportingLineDocument, {
    variables: { filter: { reportingLineOnly: true, ...(debounced ? { search: debounced } : {}) }, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const result = (data ?? previousData)?.people;
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;

  return (
    <>
      <Group align="flex-end" mb="md">
        <TextInput
          type="search"
          label={t('team.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={320}
        />
        {result ? (
          <Text role="status" size="sm" c="dimmed" data-testid="team-count">
            {t('team.peopleCount', { count: result.total, formatted: format.number(result.total) })}
          </Text>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !result ? <Loading /> : null}
      {result ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover withTableBorder data-testid="team-table" aria-busy={loading}>
            <Table.Caption>{t('team.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('person.name')}</Table.Th>
                <Table.Th scope="col">{t('person.jobTitle')}</Table.Th>
                <Table.Th scope="col">{t('person.team')}</Table.Th>
                <Table.Th scope="col">{t('person.workMode')}</Table.Th>
                <Table.Th scope="col">{t('person.site')}</Table.Th>
                <Table.Th scope="col">{t('person.manager')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={6}>{t('team.empty')}</Table.Td>
                </Table.Tr>
              ) : (
                result.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/team/${p.id}`}>
                        {p.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.jobTitle ?? '—'}</Table.Td>
                    <Table.Td>{p.team?.name ?? '—'}</Table.Td>
                    <Table.Td>{workModeLabel(t, p.workMode)}</Table.Td>
                    <Table.Td>{p.site ?? '—'}</Table.Td>
                    <Table.Td>{p.manager?.displayName ?? '—'}</Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Pager total={pages} value={page} onChange={setPage} label={t('pagination.label')} />
    </>
  );
}
