import { lazy, Suspense } from 'react';
import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PulseAttentionDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { formatMeasure, measureLabel, scaleNote } from '../measures';
import { attentionReasons, pathParts, sparklineData } from './attention';

const Sparkline = lazy(() => import('./Sparkline').then((m) => ({ default: m.Sparkline })));

const BURNOUT_MEASURES = ['cbi.work', 'cbi.personal', 'cbi.customer', 'olbi.exhaustion', 'olbi.disengagement', 'single-item-burnout'];

type Props = { programId: string | null; measure: string; k: number };

/**
 * The first thing on the default Wellbeing view: the teams in my scope whose burnout is rising or
 * participation falling, most urgent first, each with its path, why it is listed, a sparkline and
 * a link to its results. The sparkline's numbers are in a table under each team.
 */
export function AttentionList({ programId, measure, k }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(PulseAttentionDocument, {
    variables: { programId, measure: BURNOUT_MEASURES.includes(measure) ? measure : null, first: 8 },
  });
  const attention = data?.pulseAttention;

  return (
    <Stack gap="sm" component="section" aria-labelledby="pulse-attention-title" data-testid="pulse-attention">
      <Title order={2} size="h4" id="pulse-attention-title">
        {t('pulse.attention.title')}
      </Title>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {attention ? (
        <Text size="sm" c="dimmed">
          {t('pulse.attention.intro', {
            measure: measureLabel(t, attention.measure),
            recent: attention.recentPeriods,
            earlier: Math.max(0, attention.periods.length - attention.recentPeriods),
          })}{' '}
          {scaleNote(t, attention.measure)}
        </Text>
      ) : null}
      {attention && attention.teams.length === 0 ? <Text data-testid="attention-none">{t('pulse.attention.none')}</Text> : null}
      {attention && attention.teams.length > 0 ? (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="attention-list">
          {attention.teams.map((team, rank) => {
            const { parents, name } = pathParts(team.path);
            const points = sparklineData(attention.periods, team.values);
            return (
              <Paper component="li" withBorder p="sm" radius="md" key={team.teamId} data-testid="attention-team">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      <span className="visually-hidden">{t('pulse.attention.rank', { rank: rank + 1 })} </span>
                      {parents}
                    </Text>
                    <Anchor component={Link} to={`/wellbeing?team=${encodeURIComponent(team.teamId)}`} fw={600} data-testid="attention-open" aria-label={t('pulse.attention.open', { team: team.path })}>
                      {name}
                    </Anchor>
                    {attentionReasons(t, format, attention.measure, team).map((reason) => (
                      <Text size="sm" key={reason} data-testid="attention-reason">
                        {reason}
                      </Text>
                    ))}
                  </Stack>
                  <Suspense fallback={<div style={{ width: 240, height: 56 }} />}>
                    <Sparkline data={points} measure={attention.measure} />
                  </Suspense>
                </Group>
                <details>
                  <summary>
                    <Text span size="xs">
                      {t('pulse.attention.figures')}
                    </Text>
                  </summary>
                  <Table withTableBorder mt="xs" fz="xs" data-testid="attention-figures">
                    <Table.Caption>{t('pulse.attention.figuresCaption', { team: team.path, measure: measureLabel(t, attention.measure) })}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('pulse.period')}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {measureLabel(t, attention.measure)}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {points.map((p) => (
                        <Table.Tr key={p.period}>
                          <Table.Th scope="row" fw={400}>
                            {format.date(p.period)}
                          </Table.Th>
                          <Table.Td ta="right">{p.value === null ? (
                            <Text span size="xs" c="dimmed" fs="italic">
                              {t('pulse.attention.noFigure', { k })}
                            </Text>
                          ) : (
                            formatMeasure(format, attention.measure, p.value)
                          )}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </details>
              </Paper>
            );
          })}
        </Stack>
      ) : null}
    </Stack>
  );
}
