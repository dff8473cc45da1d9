import { lazy, Suspense, useState } from 'react';
import { Alert, Card, NativeSelect, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CareerAdoptedIdeasDocument, CareerPromotionEquityDocument, CareerTeamsDocument, type CareerEquityGroupFragment, type EquityDimension } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { workModeLabel } from '../../people/labels';
import { TableScroll } from '../../pulse/TableScroll';
import { equityRows, niceMax, rateGap, type EquityMetric } from './equity';

const EquityChart = lazy(() => import('./EquityChart'));
const IdeasChart = lazy(() => import('./IdeasChart'));
type View = 'workMode' | 'team' | 'ideas';

/** HR: does progression reach remote, hybrid and office staff equally? The default view answers that. */
export default function AnalyticsPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('workMode');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Empty: the whole organisation; a team shows its own sub-teams (and its work-mode split).
  const [teamId, setTeamId] = useState('');
  const teams = useQuery(CareerTeamsDocument);
  const window = { from: from || null, to: to || null };
  return (
    <>
      <PageHeader area="careerAnalytics" title={t('career.analytics.title')} description={t('career.analytics.description')} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput type="date" label={t('career.analytics.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} description={t('career.analytics.defaultWindow')} />
          <TextInput type="date" label={t('career.analytics.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <NativeSelect
            label={t('career.filters.team')}
            value={teamId}
            onChange={(e) => setTeamId(e.currentTarget.value)}
            data={[{ value: '', label: t('career.analytics.wholeOrganisation') }, ...[...(teams.data?.teams ?? [])].sort((a, b) => a.path.localeCompare(b.path)).map((team) => ({ value: team.id, label: team.path }))]}
            style={{ gridColumn: 'span 2' }}
            data-testid="analytics-team"
          />
        </SimpleGrid>
        <Tabs value={view} onChange={(v) => v && setView(v as View)} keepMounted={false}>
          <Tabs.List aria-label={t('career.analytics.views')}>
            <Tabs.Tab value="workMode" data-testid="analytics-tab-work-mode">
              {t('career.analytics.tabWorkMode')}
            </Tabs.Tab>
            <Tabs.Tab value="team" data-testid="analytics-tab-team">
              {t('career.analytics.tabTeam')}
            </Tabs.Tab>
            <Tabs.Tab value="ideas" data-testid="analytics-tab-ideas">
              {t('career.analytics.tabIdeas')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="workMode" pt="md">
            <EquityReport dimension="WORK_MODE" teamId={teamId || null} from={window.from} to={window.to} />
          </Tabs.Panel>
          <Tabs.Panel value="team" pt="md">
            <EquityReport dimension="TEAM" teamId={teamId || null} from={window.from} to={window.to} />
          </Tabs.Panel>
          <Tabs.Panel value="ideas" pt="md">
            <AdoptedIdeas from={window.from} to={window.to} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}

function groupName(t: ReturnType<typeof useTranslation>['t'], g: CareerEquityGroupFragment): string {
  if (g.workMode) return workModeLabel(t, g.workMode);
  return g.teamPath ?? g.label;
}

function EquityReport({ dimension, teamId, from, to }: { dimension: EquityDimension; teamId: string | null; from: string | null; to: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, previousData, loading, error, refetch } = useQuery(CareerPromotionEquityDocument, { variables: { dimension, teamId, from, to } });
  const report = data?.promotionEquity ?? previousData?.promotionEquity;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!report && loading) return <Loading />;
  if (!report) return null;
  const id = dimension === 'WORK_MODE' ? 'equity-work-mode' : 'equity-team';
  const k = report.k;
  const label = (g: CareerEquityGroupFragment) =>
    g.hidden ? t('career.analytics.hiddenGroup', { name: groupName(t, g), k }) : t('career.analytics.groupWithN', { name: groupName(t, g), n: format.number(g.people ?? 0) });
  const rateRows = equityRows(report.groups, 'rate');
  const medianRows = equityRows(report.groups, 'median');
  const gap = rateGap(report.groups);
  const rate = (v: number | null) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const months = (v: number | null) => format.number(v, { maximumFractionDigits: 1 });
  const chartRows = (metric: EquityMetric) =>
    (metric === 'rate' ? rateRows : medianRows).map((r) => ({ label: label(r.group), value: r.value, whisker: r.whisker, hidden: r.group.hidden }));
  const overallRate = report.overall.hidden ? null : report.overall.ratePerPersonYear;
  const caption = t('career.analytics.tableCaption', { from: format.date(report.from), to: format.date(report.to) });
  const anyShown = report.groups.some((g) => !g.hidden);
  const anyMedian = medianRows.some((r) => r.value !== null);
  const anyInterval = rateRows.some((r) => r.whisker !== null);

  return (
    <Stack gap="lg" data-testid={id}>
      <Text size="sm" c="dimmed">
        {t('career.analytics.window', { from: format.date(report.from), to: format.date(report.to), k })}
      </Text>
      {gap && dimension === 'WORK_MODE' ? (
        <Alert
          color={gap.ratio < 0.8 ? 'orange' : 'gray'}
          title={t('career.analytics.headlineTitle')}
          // The light orange title fails 4.5:1; a dark title on the tint reads.
          styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
          data-testid={`${id}-headline`}
        >
          {t('career.analytics.headline', {
            lowest: groupName(t, gap.lowest),
            highest: groupName(t, gap.highest),
            ratio: format.number(gap.ratio, { maximumFractionDigits: 2 }),
            low: rate(gap.lowest.ratePerPersonYear),
            high: rate(gap.highest.ratePerPersonYear),
          })}
          {report.gapNote ? <Text size="sm" mt={4}>{report.gapNote}</Text> : null}
        </Alert>
      ) : report.gapNote ? (
        <Text size="sm">{report.gapNote}</Text>
      ) : null}
      {!anyShown ? (
        <Text c="dimmed">{t('career.analytics.allHidden', { k })}</Text>
      ) : (
        <>
          <section aria-labelledby={`${id}-rate-title`}>
            <Title order={2} size="h4" id={`${id}-rate-title`} mb="xs">
              {t('career.analytics.rateTitle')}
            </Title>
            <Suspense fallback={<Loading />}>
              <EquityChart
                rows={chartRows('rate')}
                max={niceMax([...rateRows.map((r) => r.high ?? r.value), overallRate])}
                reference={overallRate}
                referenceLabel={t('career.analytics.overall', { value: rate(overallRate) })}
                formatValue={rate}
                valueLabel={t('career.analytics.axisRate')}
                groupLabel={dimension === 'WORK_MODE' ? t('career.analytics.axisWorkMode') : t('career.analytics.axisTeam')}
                testId={`${id}-rate-chart`}
              />
            </Suspense>
            <Text size="sm" c="dimmed" mt={4}>
              {anyInterval ? t('career.analytics.rateNote') : t('career.analytics.rateNoteNoInterval')}
            </Text>
          </section>
          <section aria-labelledby={`${id}-median-title`}>
            <Title order={2} size="h4" id={`${id}-median-title`} mb="xs">
              {t('career.analytics.medianTitle')}
            </Title>
            {!anyMedian ? (
              <Text c="dimmed" data-testid={`${id}-median-none`}>
                {t('career.analytics.noMedian')}
              </Text>
            ) : (
            <Suspense fallback={<Loading />}>
              <EquityChart
                rows={chartRows('median')}
                max={niceMax(medianRows.map((r) => r.high ?? r.value))}
                reference={report.overall.hidden ? null : report.overall.medianMonthsToPromotion}
                referenceLabel={t('career.analytics.overallMonths', { value: months(report.overall.medianMonthsToPromotion) })}
                formatValue={months}
                valueLabel={t('career.analytics.axisMonths')}
                groupLabel={dimension === 'WORK_MODE' ? t('career.analytics.axisWorkMode') : t('career.analytics.axisTeam')}
                testId={`${id}-median-chart`}
              />
            </Suspense>
            )}
            {anyMedian ? (
              <Text size="sm" c="dimmed" mt={4}>
                {t('career.analytics.medianNote')}
              </Text>
            ) : null}
          </section>
        </>
      )}
      <TableScroll label={caption}>
        <Table withTableBorder striped miw={820} data-testid={`${id}-table`}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{dimension === 'WORK_MODE' ? t('career.analytics.axisWorkMode') : t('career.analytics.axisTeam')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.analytics.people')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.analytics.personYears')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.analytics.promotions')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.analytics.rate')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('career.analytics.median')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...rateRows.map((r) => r.group), report.overall].map((g, i) => (
              <Table.Tr key={`${g.key}-${i}`} data-hidden={g.hidden} fw={g === report.overall ? 700 : undefined}>
                <Table.Th scope="row" fw={g === report.overall ? 700 : 400}>
                  {g === report.overall ? t('career.analytics.everyone') : groupName(t, g)}
                </Table.Th>
                {g.hidden ? (
                  <Table.Td colSpan={5} data-testid="equity-hidden">
                    <Text size="sm" fs="italic" c="dimmed">
                      {t('career.analytics.fewerThanK', { k })}
                    </Text>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="right">{format.number(g.people)}</Table.Td>
                    <Table.Td ta="right">{format.number(g.personYears, { maximumFractionDigits: 1 })}</Table.Td>
                    <Table.Td ta="right">{format.number(g.promotions)}</Table.Td>
                    <Table.Td ta="right">
                      {rate(g.ratePerPersonYear)}
                      {g.rateLow !== null && g.rateHigh !== null ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {t('career.analytics.ci', { low: rate(g.rateLow), high: rate(g.rateHigh) })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">
                      {g.medianMonthsToPromotion === null ? (
                        <Text span size="sm" c="dimmed">
                          {t('career.analytics.notReached')}
                        </Text>
                      ) : (
                        <>
                          {months(g.medianMonthsToPromotion)}
                          <Text span size="xs" c="dimmed">
                            {' '}
                            {t('career.analytics.ci', { low: months(g.medianLow), high: g.medianHigh === null ? '∞' : months(g.medianHigh) })}
                          </Text>
                        </>
                      )}
                    </Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

function AdoptedIdeas({ from, to }: { from: string | null; to: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(CareerAdoptedIdeasDocument, { variables: { from, to } });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data) return null;
  const rows = [...data.adoptedIdeasByTeam].sort((a, b) => b.accepted + b.done - (a.accepted + a.done) || a.teamPath.localeCompare(b.teamPath));
  const caption = t('career.analytics.ideasCaption');
  return (
    <Card withBorder component="section" aria-labelledby="ideas-title" data-testid="adopted-ideas">
      <Title order={2} size="h4" id="ideas-title" mb="xs">
        {t('career.analytics.ideasTitle')}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('career.analytics.noIdeas')}</Text>
      ) : (
        <Stack gap="sm">
          <Suspense fallback={<Loading />}>
            <IdeasChart rows={rows} teamLabel={t('career.analytics.axisTeam')} countLabel={t('career.analytics.axisIdeas')} acceptedLabel={t('career.insights.status.ACCEPTED')} doneLabel={t('career.insights.status.DONE')} />
          </Suspense>
          <TableScroll label={caption}>
            <Table withTableBorder striped miw={420} data-testid="adopted-ideas-table">
              <Table.Caption>{caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('career.analytics.axisTeam')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('career.insights.status.ACCEPTED')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('career.insights.status.DONE')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.teamPath}>
                    <Table.Th scope="row" fw={400}>
                      {r.teamPath}
                    </Table.Th>
                    <Table.Td ta="right">{format.number(r.accepted)}</Table.Td>
                    <Table.Td ta="right">{format.number(r.done)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Stack>
      )}
    </Card>
  );
}
