import { lazy, Suspense, useState } from 'react';
import { Card, NativeSelect, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CareerProgressionSummaryDocument, CareerTeamsDocument, type WorkMode } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { TableScroll } from '../../pulse/TableScroll';
import { levelCountRows } from './levelCounts';
import { useCareerLadder } from '../useCareerLadder';
import { CalibrationGrid } from './CalibrationGrid';
import { ReadinessList } from './ReadinessList';
import { TeamInsights } from './TeamInsights';

const LevelChart = lazy(() => import('./LevelChart'));
const WORK_MODES: readonly WorkMode[] = ['REMOTE', 'HYBRID', 'OFFICE'];
type View = 'ready' | 'calibration' | 'ideas';

/** Managers (their line) and HR (everyone): people per level, who is ready, calibration, ideas to triage. */
export default function ProgressionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { index, ladder } = useCareerLadder();
  const [teamId, setTeamId] = useState('');
  const [workMode, setWorkMode] = useState<WorkMode | ''>('');
  const [view, setView] = useState<View>('ready');
  const teams = useQuery(CareerTeamsDocument);
  const filters = { teamId: teamId || null, workMode: workMode || null };
  const { data, previousData, loading, error, refetch } = useQuery(CareerProgressionSummaryDocument, { variables: filters });
  const summary = data?.progressionSummary ?? previousData?.progressionSummary;
  const rows = summary && ladder ? levelCountRows(ladder, summary.peoplePerLevel, (k) => index.levelName(k)) : [];
  const chartCaption = t('career.progression.perLevelCaption');

  return (
    <>
      <PageHeader area="progression" title={t('career.progression.title')} description={t('career.progression.description')} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('career.filters.team')}
            value={teamId}
            onChange={(e) => setTeamId(e.currentTarget.value)}
            data={[{ value: '', label: t('career.filters.allTeams') }, ...[...(teams.data?.teams ?? [])].sort((a, b) => a.path.localeCompare(b.path)).map((team) => ({ value: team.id, label: team.path }))]}
            data-testid="progression-team"
          />
          <NativeSelect
            label={t('career.filters.workMode')}
            value={workMode}
            onChange={(e) => setWorkMode(e.currentTarget.value as WorkMode | '')}
            data={[{ value: '', label: t('career.filters.allWorkModes') }, ...WORK_MODES.map((m) => ({ value: m, label: t(`workMode.${m}`) }))]}
            data-testid="progression-work-mode"
          />
        </SimpleGrid>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!summary && loading ? <Loading /> : null}
        {summary ? (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="progression-summary">
              {[
                { key: 'people', label: t('career.progression.people'), value: format.number(summary.people) },
                { key: 'ready', label: t('career.progression.readyNow'), value: format.number(summary.readyNow) },
                { key: 'goals', label: t('career.progression.goalsSet'), value: t('career.progression.ofPeople', { n: format.number(summary.goalsSet), total: format.number(summary.people) }) },
                { key: 'overdue', label: t('career.progression.overdue'), value: format.number(summary.overdueInLevel) },
              ].map((card) => (
                <Card withBorder key={card.key} data-testid={`progression-${card.key}`}>
                  <Text size="sm" c="dimmed" component="h2" m={0} fw={500}>
                    {card.label}
                  </Text>
                  <Text size="xl" fw={700}>
                    {card.value}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
            <section aria-labelledby="progression-levels-title">
              <Title order={2} size="h4" id="progression-levels-title" mb="sm">
                {t('career.progression.perLevel')}
              </Title>
              {summary.people === 0 ? (
                <Text c="dimmed">{t('career.progression.nobody')}</Text>
              ) : (
                <Stack gap="sm">
                  <Suspense fallback={<Loading />}>
                    <LevelChart rows={rows} levelLabel={t('career.progression.axisLevel')} peopleLabel={t('career.progression.axisPeople')} />
                  </Suspense>
                  <TableScroll label={chartCaption}>
                    <Table withTableBorder striped miw={360} data-testid="progression-levels-table">
                      <Table.Caption>{chartCaption}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('career.progression.level')}</Table.Th>
                          <Table.Th scope="col">{t('career.progression.track')}</Table.Th>
                          <Table.Th scope="col" ta="right">
                            {t('career.progression.people')}
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {rows.map((r) => (
                          <Table.Tr key={r.levelKey}>
                            <Table.Th scope="row" fw={400}>
                              {r.label}
                            </Table.Th>
                            <Table.Td>{r.trackKey ? index.trackName(r.trackKey) : '—'}</Table.Td>
                            <Table.Td ta="right">{format.number(r.people)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                  {summary.unmapped > 0 ? (
                    <Text size="sm" c="dimmed" data-testid="progression-unmapped">
                      {t('career.progression.unmapped', { n: format.number(summary.unmapped) })}
                    </Text>
                  ) : null}
                </Stack>
              )}
            </section>
          </>
        ) : null}
        <Tabs value={view} onChange={(v) => v && setView(v as View)} keepMounted={false}>
          <Tabs.List aria-label={t('career.progression.views')}>
            <Tabs.Tab value="ready" data-testid="progression-tab-ready">
              {t('career.progression.tabReady')}
            </Tabs.Tab>
            <Tabs.Tab value="calibration" data-testid="progression-tab-calibration">
              {t('career.progression.tabCalibration')}
            </Tabs.Tab>
            <Tabs.Tab value="ideas" data-testid="progression-tab-ideas">
              {t('career.progression.tabIdeas')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="ready" pt="md">
            <ReadinessList teamId={filters.teamId} workMode={filters.workMode} index={index} />
          </Tabs.Panel>
          <Tabs.Panel value="calibration" pt="md">
            <CalibrationGrid teamId={filters.teamId} index={index} />
          </Tabs.Panel>
          <Tabs.Panel value="ideas" pt="md">
            <TeamInsights teamId={filters.teamId} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
