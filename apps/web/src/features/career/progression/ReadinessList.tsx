import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CareerPromotionReadinessDocument, type WorkMode } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { workModeLabel } from '../../people/labels';
import { TableScroll } from '../../pulse/TableScroll';
import type { LadderIndex } from '../ladderIndex';
import { summariseReasons } from '../reasons';
import { cursorPager } from './cursorPager';

const PAGE = 25;

type Props = { teamId: string | null; workMode: WorkMode | null; index: LadderIndex };

/** Who is ready for their next step: readiness, time in level against the level's minimum, goal set or not. */
export function ReadinessList({ teamId, workMode, index }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [readyOnly, setReadyOnly] = useState(false);
  const [cursors, setCursors] = useState<ReadonlyArray<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const { data, previousData, loading, error, refetch } = useQuery(CareerPromotionReadinessDocument, {
    variables: { teamId, workMode, readyOnly, first: PAGE, after },
  });
  const page = data?.promotionReadiness ?? previousData?.promotionReadiness;
  const pager = cursorPager(cursors, page?.nextCursor ?? null);
  const caption = t('career.ready.caption');
  const reset = () => setCursors([null]);

  return (
    <Stack gap="sm" data-testid="readiness-list">
      <Checkbox
        label={t('career.ready.readyOnly')}
        checked={readyOnly}
        onChange={(e) => {
          setReadyOnly(e.currentTarget.checked);
          reset();
        }}
        data-testid="readiness-ready-only"
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!page && loading ? <Loading /> : null}
      {page && page.items.length === 0 ? <Text c="dimmed">{readyOnly ? t('career.ready.noneReady') : t('career.ready.nobody')}</Text> : null}
      {page && page.items.length > 0 ? (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('career.ready.showing', { from: format.number((cursors.length - 1) * PAGE + 1), to: format.number((cursors.length - 1) * PAGE + page.items.length), total: format.number(page.total) })}
          </Text>
          <TableScroll label={caption}>
            <Table withTableBorder striped miw={880} data-testid="readiness-table">
              <Table.Caption>{caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('career.ready.person')}</Table.Th>
                  <Table.Th scope="col">{t('career.ready.level')}</Table.Th>
                  <Table.Th scope="col">{t('career.ready.next')}</Table.Th>
                  <Table.Th scope="col">{t('career.ready.timeInLevel')}</Table.Th>
                  <Table.Th scope="col">{t('career.ready.readiness')}</Table.Th>
                  <Table.Th scope="col">{t('career.ready.goal')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((row) => {
                  const summary = row.readiness ? summariseReasons(row.readiness.reasons) : null;
                  const belowMinimum = row.minMonthsInLevel > 0 && row.monthsInLevel < row.minMonthsInLevel;
                  return (
                    <Table.Tr key={row.personId} data-testid="readiness-row">
                      <Table.Th scope="row" fw={400}>
                        <Anchor component={Link} to={`/progression/${row.personId}`} fw={600}>
                          {row.displayName}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {row.teamPath} · {workModeLabel(t, row.workMode)}
                        </Text>
                      </Table.Th>
                      <Table.Td>{row.currentLevelKey ? index.levelName(row.currentLevelKey) : t('career.ready.unmapped')}</Table.Td>
                      <Table.Td>{row.nextLevelKey ? index.levelName(row.nextLevelKey) : '—'}</Table.Td>
                      <Table.Td miw={150}>
                        <Text size="sm">
                          {row.minMonthsInLevel > 0
                            ? t('career.ready.monthsOfMin', { months: format.number(row.monthsInLevel), min: format.number(row.minMonthsInLevel) })
                            : t('career.months', { months: format.number(row.monthsInLevel) })}
                        </Text>
                        {row.minMonthsInLevel > 0 ? (
                          <Progress
                            value={Math.min(100, (100 * row.monthsInLevel) / row.minMonthsInLevel)}
                            color={belowMinimum ? 'gray' : 'teal'}
                            size="sm"
                            aria-hidden
                            mt={2}
                          />
                        ) : null}
                        {belowMinimum ? (
                          <Text size="xs" c="dimmed">
                            {t('career.ready.belowMinimum')}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td miw={200}>
                        {row.readiness ? (
                          <>
                            <Group gap={6} wrap="nowrap">
                              <Text fw={700}>{format.percent(row.readiness.percent / 100)}</Text>
                              {row.readiness.ready ? (
                                <Badge color="teal.9" size="sm">
                                  {t('career.readiness.ready')}
                                </Badge>
                              ) : null}
                            </Group>
                            {summary ? (
                              <Text size="xs" c="dimmed">
                                {[
                                  summary.competencies > 0 ? t('career.ready.competenciesMet', { met: format.number(summary.competenciesMet), total: format.number(summary.competencies) }) : null,
                                  summary.timeMet === false ? t('career.ready.timeNotMet') : null,
                                  summary.certificationsMissing > 0 ? t('career.ready.certificationsMissing', { n: format.number(summary.certificationsMissing) }) : null,
                                ]
                                  .filter(Boolean)
                                  .join(' · ')}
                              </Text>
                            ) : null}
                          </>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('career.ready.noNextStep')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.goalSet ? t('career.ready.goalSet') : <Text span c="dimmed" inherit>{t('career.ready.noGoal')}</Text>}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Group component="nav" aria-label={t('career.ready.pages')} gap="sm">
            <Button variant="default" size="xs" disabled={!pager.hasPrevious} onClick={() => setCursors(pager.previous())}>
              {t('pagination.previous')}
            </Button>
            <Button variant="default" size="xs" disabled={!pager.hasNext} onClick={() => setCursors(pager.next())} data-testid="readiness-next">
              {t('pagination.next')}
            </Button>
            {loading ? <Loading /> : null}
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
