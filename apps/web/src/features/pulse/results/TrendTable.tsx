import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { trendRows, type TrendInput } from '../trend';
import { ChangeMark } from './ChangeMark';
import { HiddenNote } from './HiddenNote';
import { seriesLabel } from './seriesLabel';
import { TableScroll } from '../TableScroll';

type Props = { trend: TrendInput; k: number; caption: string; formatValue: (v: number) => string; testId: string };

/** The table alternative of a trend chart: one row per period, one column per series; hidden cells say why. */
export function TrendTable({ trend, k, caption, formatValue, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [...trendRows(trend)].reverse(); // newest first to read
  return (
    <TableScroll label={caption}>
      <Table withTableBorder striped data-testid={testId} miw={520}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pulse.period')}</Table.Th>
            {trend.series.map((s) => (
              <Table.Th scope="col" key={s.key} ta="right">
                {seriesLabel(t, s.key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.period}>
              <Table.Th scope="row" fw={400}>
                {format.date(row.period)}
              </Table.Th>
              {trend.series.map((s) => {
                const cell = row.cells[s.key];
                return (
                  <Table.Td key={s.key} ta="right">
                    {cell?.value === null || !cell ? (
                      <HiddenNote reason={cell?.hiddenReason} k={k} />
                    ) : (
                      <>
                        {formatValue(cell.value)}
                        <ChangeMark change={cell.change} />
                      </>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
