import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PulseGroupLiteFragment } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { formatMeasure, measureLabel } from '../measures';
import { ChangeMark } from './ChangeMark';
import { HiddenNote } from './HiddenNote';
import { TableScroll } from '../TableScroll';

type Props = {
  caption: string;
  groups: readonly PulseGroupLiteFragment[];
  measures: readonly string[];
  k: number;
  groupLabel: (g: PulseGroupLiteFragment) => string;
  testId: string;
};

/** Groups × measures of the latest closed wave. A hidden group or figure says why instead of a number. */
export function BreakdownTable({ caption, groups, measures, k, groupLabel, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  if (groups.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {caption}: {t('pulse.results.noGroups')}
      </Text>
    );
  }
  return (
    <TableScroll label={caption}>
      <Table withTableBorder striped data-testid={testId} miw={560}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pulse.results.group')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('pulse.results.respondents')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('pulse.results.participation')}
            </Table.Th>
            {measures.map((m) => (
              <Table.Th scope="col" key={m} ta="right">
                {measureLabel(t, m)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr key={`${g.teamId ?? 'org'}-${g.workMode}-${g.tenureBand}`}>
              <Table.Th scope="row" fw={400}>
                {groupLabel(g)}
              </Table.Th>
              {!g.shown ? (
                <Table.Td colSpan={2 + measures.length}>
                  <HiddenNote reason={g.hiddenReason} k={k} />
                </Table.Td>
              ) : (
                <>
                  <Table.Td ta="right">{format.number(g.respondents)}</Table.Td>
                  <Table.Td ta="right">{g.participation === null ? format.number(null) : format.percent(g.participation)}</Table.Td>
                  {measures.map((m) => {
                    const f = g.measures.find((x) => x.measure === m);
                    return (
                      <Table.Td key={m} ta="right">
                        {!f ? (
                          format.number(null)
                        ) : f.value === null ? (
                          <HiddenNote reason={f.hiddenReason} k={k} />
                        ) : (
                          <>
                            {formatMeasure(format, m, f.value)}
                            <ChangeMark change={f.change} />
                          </>
                        )}
                      </Table.Td>
                    );
                  })}
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
