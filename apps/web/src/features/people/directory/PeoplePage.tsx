import { useState } from 'react';
import { Anchor, Badge, Group, NativeSelect, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { WORK_MODES, type WorkMode } from '@pulse/shared';
import { DirectoryOptionsDocument, PeopleDirectoryDocument, type PeopleFilter } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { Pager } from '../../../ui/Pager';
import { workModeLabel } from '../labels';

const PAGE_SIZE = 25;

type Filters = { teamId: string; workMode: WorkMode | ''; site: string; search: string; includeExited: boolean };

export function toPeopleFilter(f: Filters, search: string): PeopleFilter {
  return {
    teamId: f.teamId || null,
    workMode: f.workMode || null,
    site: f.site || null,
    search: search || null,
    includeExited: f.includeExited,
  };
}

export default function PeoplePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<Filters>({ teamId: '', workMode: '', site: '', search: '', includeExited: false });
  const [page, setPage] = useState(1);
  const [search] = useDebouncedValue(filters.search.trim(), 300);
  const options = useQuery(DirectoryOptionsDocument);
  const { data, previousData, loading, error, refetch } = useQuery(PeopleDirectoryDocument, {
    variables: { filter: toPeopleFilter(filters, search), first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const result = (data ?? previousData)?.people;
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;

  function update<K extends keyof Filters>(key: K, value: Filters[K]) {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(1);
  }

  const teams = [...(options.data?.teams ?? [])].sort((a, b) => a.path.localeCompare(b.path));

  return (
    <>
      <PageHeader area="people" title={t('people.title')} description={t('people.description')} />
      <Group align="flex-end" gap="md" mb="md" component="form" role="search" aria-label={t('people.filters')} onSubmit={(e) => e.preventDefault()}>
        <TextInput
          type="search"
          label={t('people.search')}
          description={t('people.searchHelp')}
          value={filters.search}
          onChange={(e) => update('search', e.currentTarget.value)}
          w={260}
        />
        <NativeSelect label={t('people.team')} value={filters.teamId} onChange={(e) => update('teamId', e.currentTarget.value)} w={220}>
          <option value="">{t('people.allTeams')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.path || team.name}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('people.workMode')}
          value={filters.workMode}
          onChange={(e) => update('workMode', e.currentTarget.value as WorkMode | '')}
          w={160}
        >
          <option value="">{t('people.allWorkModes')}</option>
          {WORK_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {workModeLabel(t, mode)}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect label={t('people.site')} value={filters.site} onChange={(e) => update('site', e.currentTarget.value)} w={180}>
          <option value="">{t('people.allSites')}</option>
          {(options.data?.sites ?? []).map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </NativeSelect>
        <Switch
          label={t('people.includeExited')}
          checked={filters.includeExited}
          onChange={(e) => update('includeExited', e.currentTarget.checked)}
          mb={8}
        />
      </Group>

      {result ? (
        <Text role="status" size="sm" c="dimmed" mb="xs" data-testid="people-count">
          {t('people.count', { count: result.total, formatted: format.number(result.total) })}
        </Text>
      ) : null}
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {options.error ? <ErrorAlert error={options.error} /> : null}
      {loading && !result ? <Loading /> : null}
      {result ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover withTableBorder data-testid="people-table" aria-busy={loading}>
            <Table.Caption>{t('people.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('person.name')}</Table.Th>
                <Table.Th scope="col">{t('person.hrisId')}</Table.Th>
                <Table.Th scope="col">{t('person.jobTitle')}</Table.Th>
                <Table.Th scope="col">{t('person.team')}</Table.Th>
                <Table.Th scope="col">{t('person.workMode')}</Table.Th>
                <Table.Th scope="col">{t('person.site')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={6}>{t('people.empty')}</Table.Td>
                </Table.Tr>
              ) : (
                result.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component={Link} to={`/people/${p.id}`}>
                          {p.displayName}
                        </Anchor>
                        {p.exitDate ? (
                          <Badge size="sm" color="gray" variant="outline">
                            {t('people.exited')}
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{p.hrisId ?? '—'}</Table.Td>
                    <Table.Td>{p.jobTitle ?? '—'}</Table.Td>
                    <Table.Td>{p.team?.name ?? '—'}</Table.Td>
                    <Table.Td>{workModeLabel(t, p.workMode)}</Table.Td>
                    <Table.Td>{p.site ?? '—'}</Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Pager total={pages} value={page} onChange={setPage} label={t('pagination.label')} testId="people-pager" />
    </>
  );
}
