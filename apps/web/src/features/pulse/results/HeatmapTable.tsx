import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PulseHeatmapDocument } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { formatMeasure, measureLabel, severity, severityStep, SEVERITY_STEPS } from '../measures';
import { HiddenNote } from './HiddenNote';
import { heatmapSortMeasure, sortHeatmapRows } from './heatmap';
import { pathParts } from './attention';
import { TableScroll } from '../TableScroll';

/** The team column stays in view while a phone scrolls the measures sideways. */
const STICKY = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)' } as const;

/** HR: teams × measures of the latest closed wave, as a table with a colour scale and the numbers. */
export function HeatmapTable({ programId, k, measure }: { programId: string | null; k: number; measure: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(PulseHeatmapDocument, { variables: { programId } });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const heatmap = data?.pulseHeatmap;
  if (!heatmap || heatmap.rows.length === 0) return <Text c="dimmed">{t('pulse.results.noClosedWave')}</Text>;
  const sortMeasure = heatmapSortMeasure(heatmap.measures, measure);
  const rows = sortHeatmapRows(heatmap.rows, heatmap.measures, sortMeasure);

  return (
    <Stack gap="sm" component="section" aria-labelledby="pulse-heatmap-title">
      <Title order={2} size="h4" id="pulse-heatmap-title">
        {t('pulse.heatmap.title', { period: format.date(heatmap.periodStart) })}
      </Title>
      <Group gap="xs" aria-label={t('pulse.heatmap.legend')} role="group">
        <Text size="xs">{t('pulse.heatmap.legend')}:</Text>
        {SEVERITY_STEPS.map((s) => (
          <Text key={s.key} size="xs" px={6} style={{ background: s.color, borderRadius: 4 }}>
            {t(`pulse.heatmap.level.${s.key}`)}
          </Text>
        ))}
      </Group>
      {sortMeasure ? (
        <Text size="sm" data-testid="heatmap-sorted-by">
          {t('pulse.heatmap.sortedBy', { measure: measureLabel(t, sortMeasure) })}
        </Text>
      ) : null}
      <TableScroll label={t('pulse.heatmap.caption')}>
        <Table withTableBorder withColumnBorders data-testid="pulse-heatmap" miw={640}>
          <Table.Caption>{t('pulse.heatmap.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={STICKY}>
                {t('pulse.results.team')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('pulse.results.respondents')}
              </Table.Th>
              {heatmap.measures.map((m) => (
                <Table.Th scope="col" key={m} ta="right" aria-sort={m === sortMeasure ? 'descending' : undefined}>
                  {measureLabel(t, m)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.teamId}>
                <Table.Th scope="row" fw={400} miw={150} style={STICKY}>
                  <Text span size="xs" c="dimmed" display="block">
                    {pathParts(row.path).parents}
                  </Text>
                  <Text span fw={600} size="sm">
                    {pathParts(row.path).name}
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{format.number(row.respondents)}</Table.Td>
                {heatmap.measures.map((m, i) => {
                  const v = row.values[i] ?? null;
                  if (v === null) {
                    return (
                      <Table.Td key={m} ta="right">
                        <HiddenNote reason={row.hiddenReasons[i]} k={k} />
                      </Table.Td>
                    );
                  }
                  const level = severity(m, v);
                  const step = level === null ? null : severityStep(level);
                  return (
                    <Table.Td key={m} ta="right" style={step ? { background: step.color } : undefined}>
                      {formatMeasure(format, m, v)}
                      {step ? <span className="visually-hidden"> ({t(`pulse.heatmap.level.${step.key}`)})</span> : null}
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
