import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Group, NativeSelect, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PulseResultsDocument } from '../../../gql/graphql';
import { useSession } from '../../../app/session';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { formatMeasure, measureLabel, measureScale } from '../measures';
import { AttentionList } from './AttentionList';
import { ActionPlans } from './ActionPlans';
import { AlertsList } from './AlertsList';
import { BreakdownPanel } from './BreakdownPanel';
import { HeatmapTable } from './HeatmapTable';
import { HiddenNote } from './HiddenNote';
import { SummaryCards } from './SummaryCards';
import { TrendPanel } from './TrendPanel';

const ORGANISATION = '';
type Tab = 'overview' | 'breakdown' | 'actions' | 'heatmap';

/** Managers and HR: a team's (or the organisation's) suppressed wellbeing results. */
export function WellbeingPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { permissions } = useSession();
  const isHr = permissions.has('pulse:results:all');
  const [programId, setProgramId] = useState<string | null>(null);
  // In the address (?team=…), so a team in "Teams needing attention" is a real link.
  // null: the API's default (the organisation for HR, your top team for managers).
  const [params, setParams] = useSearchParams();
  const teamChoice = params.get('team');
  const setTeamChoice = (team: string) => setParams({ team });
  // null: the program's default measure (CBI work where asked), chosen by the API; reset when the
  // program changes, so a WHO-5 program never opens on a burnout measure it does not ask.
  const [chosenMeasure, setMeasure] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('overview');
  const variables = { programId, teamId: teamChoice === ORGANISATION ? null : teamChoice, measure: chosenMeasure, periods: 26 };
  const { data, previousData, loading, error, refetch } = useQuery(PulseResultsDocument, {
    variables,
  });
  const results = data?.pulseResults ?? previousData?.pulseResults;
  const measure = chosenMeasure ?? results?.trend.measure ?? 'cbi.work';
  // Each chart names its measure and range on the axis: burnout and well-being never share an unlabeled one.
  const axisTitle = (m: string) => {
    const scale = measureScale(m);
    return scale ? t('pulse.scale.axisScore', { measure: measureLabel(t, m), min: format.number(scale.min), max: format.number(scale.max) }) : measureLabel(t, m);
  };


  return (
    <>
      <PageHeader area="wellbeing" title={t('pulse.results.title')} description={t('pulse.results.description')} />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!results && loading ? <Loading /> : null}
      {results ? (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('pulse.results.program')}
              value={programId ?? results.program?.id ?? ''}
              onChange={(e) => {
                setProgramId(e.currentTarget.value || null);
                setMeasure(null);
              }}
              data={results.programs.map((p) => ({ value: p.id, label: p.name }))}
              data-testid="pick-program"
            />
            <NativeSelect
              label={t('pulse.results.team')}
              value={teamChoice ?? results.teamId ?? ORGANISATION}
              onChange={(e) => setTeamChoice(e.currentTarget.value)}
              data={[
                ...(results.canSeeOrganisation ? [{ value: ORGANISATION, label: t('pulse.results.wholeOrganisation') }] : []),
                ...results.teams.map((team) => ({ value: team.id, label: team.path })),
              ]}
              data-testid="pick-team"
            />
            <NativeSelect
              label={t('pulse.results.measure')}
              value={measure}
              onChange={(e) => setMeasure(e.currentTarget.value)}
              data={results.measures.map((m) => ({ value: m, label: measureLabel(t, m) }))}
              data-testid="pick-measure"
            />
          </SimpleGrid>
          <Group gap="xs">
            <Text size="sm" c="dimmed" data-testid="results-period">
              {results.periodStart ? t('pulse.results.latestWave', { period: format.date(results.periodStart), k: results.k }) : t('pulse.results.noClosedWave')}
            </Text>
            {loading ? <Loading /> : null}
          </Group>
          <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
            <Tabs.List aria-label={t('pulse.results.views')}>
              <Tabs.Tab value="overview" data-testid="wellbeing-tab-overview">
                {t('pulse.results.tabOverview')}
              </Tabs.Tab>
              <Tabs.Tab value="breakdown" data-testid="wellbeing-tab-breakdown">
                {t('pulse.results.tabBreakdown')}
              </Tabs.Tab>
              <Tabs.Tab value="actions" data-testid="wellbeing-tab-actions">
                {t('pulse.results.tabActions')}
              </Tabs.Tab>
              {isHr ? (
                <Tabs.Tab value="heatmap" data-testid="wellbeing-tab-heatmap">
                  {t('pulse.results.tabHeatmap')}
                </Tabs.Tab>
              ) : null}
            </Tabs.List>
            <Tabs.Panel value="overview" pt="md">
              <Stack gap="xl">
                {teamChoice === null ? <AttentionList programId={results.program?.id ?? null} measure={measure} k={results.k} /> : null}
                <SummaryCards group={results.overall} k={results.k} />
                {results.openWave ? (
                  <Text data-testid="open-wave">
                    {t('pulse.results.openWave', { period: format.date(results.openWave.periodStart), closes: format.dateTime(results.openWave.closesAt) })}{' '}
                    {results.openWave.group.participation === null ? (
                      <HiddenNote reason={results.openWave.group.hiddenReason} k={results.k} />
                    ) : (
                      t('pulse.results.openWaveParticipation', { share: format.percent(results.openWave.group.participation) })
                    )}
                  </Text>
                ) : null}
                <TrendPanel
                  title={t('pulse.results.trendTitle', { measure: measureLabel(t, results.trend.measure || measure) })}
                  trend={results.trend}
                  k={results.k}
                  formatValue={(v) => formatMeasure(format, results.trend.measure || measure, v)}
                  measure={results.trend.measure || measure}
                  yLabel={axisTitle(results.trend.measure || measure)}
                  testId="pulse-trend"
                />
                <TrendPanel
                  title={t('pulse.results.participationTrend')}
                  trend={results.participation}
                  k={results.k}
                  formatValue={(v) => format.percent(v)}
                  measure="participation"
                  yLabel={t('pulse.scale.axisParticipation')}
                  testId="pulse-participation"
                />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="breakdown" pt="md">
              <BreakdownPanel variables={variables} />
            </Tabs.Panel>
            <Tabs.Panel value="actions" pt="md">
              <Stack gap="xl">
                <AlertsList />
                <ActionPlans teamId={teamChoice === ORGANISATION ? null : (teamChoice ?? results.teamId)} programId={results.program?.id ?? null} measures={results.measures} />
              </Stack>
            </Tabs.Panel>
            {isHr ? (
              <Tabs.Panel value="heatmap" pt="md">
                <HeatmapTable programId={results.program?.id ?? null} k={results.k} measure={measure} />
              </Tabs.Panel>
            ) : null}
          </Tabs>
        </Stack>
      ) : null}
    </>
  );
}
