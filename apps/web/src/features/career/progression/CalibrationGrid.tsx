import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CareerCalibrationDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { TableScroll } from '../../pulse/TableScroll';
import type { LadderIndex } from '../ladderIndex';
import { calibrationView, flaggedPerCompetency } from './calibration';

/**
 * Self vs manager per person and competency. A difference of one step or more is marked with a
 * symbol and words as well as a tint (never colour alone), so calibration talks start there.
 */
export function CalibrationGrid({ teamId, index }: { teamId: string | null; index: LadderIndex }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(CareerCalibrationDocument, { variables: { teamId } });
  const grid = data?.calibration;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!grid && loading) return <Loading />;
  if (!grid) return null;
  if (grid.people.length === 0) return <Text c="dimmed">{t('career.calibration.nobody')}</Text>;
  const view = calibrationView(grid.cells);
  const flagged = flaggedPerCompetency(grid.cells);
  const caption = t('career.calibration.caption');
  const n = (v: number | null) => (v === null ? '–' : format.number(v, { maximumFractionDigits: 1 }));
  return (
    <Stack gap="sm" data-testid="calibration">
      <Text size="sm">{t('career.calibration.legend')}</Text>
      <TableScroll label={caption}>
        <Table withTableBorder withColumnBorders miw={200 + grid.competencyKeys.length * 110} data-testid="calibration-table">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={170}>
                {t('career.ready.person')}
              </Table.Th>
              {grid.competencyKeys.map((k) => (
                <Table.Th scope="col" key={k} ta="center">
                  {index.competencyName(k)}
                  {flagged.get(k) ? (
                    <Text size="xs" c="dimmed" fw={400}>
                      {t('career.calibration.differences', { n: format.number(flagged.get(k) ?? 0) })}
                    </Text>
                  ) : null}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.people.map((p) => (
              <Table.Tr key={p.personId}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/progression/${p.personId}`}>
                    {p.displayName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {p.currentLevelKey ? index.levelName(p.currentLevelKey) : t('career.ready.unmapped')}
                  </Text>
                </Table.Th>
                {grid.competencyKeys.map((k) => {
                  const v = view(p.personId, k);
                  return (
                    <Table.Td
                      key={k}
                      ta="center"
                      bg={v.flagged ? 'var(--mantine-color-yellow-1)' : undefined}
                      data-flagged={v.flagged}
                      data-testid="calibration-cell"
                    >
                      {v.cell && (v.cell.self !== null || v.cell.manager !== null || v.cell.peer !== null) ? (
                        <>
                          <Text size="sm">
                            {t('career.calibration.cell', { self: n(v.cell.self), manager: n(v.cell.manager) })}
                            {v.flagged ? <Text span fw={700}>{' ≠'}</Text> : null}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {[
                              v.cell.expected > 0 ? t('career.calibration.expected', { expected: format.number(v.cell.expected) }) : null,
                              v.cell.peer !== null ? t('career.calibration.peer', { peer: n(v.cell.peer) }) : null,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </Text>
                          {v.flagged ? <span className="visually-hidden">{t('career.calibration.differs')}</span> : null}
                        </>
                      ) : (
                        <Text size="xs" c="dimmed">
                          {t('career.calibration.notAssessed')}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
