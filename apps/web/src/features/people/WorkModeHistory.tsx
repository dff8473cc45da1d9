import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkMode } from '@pulse/shared';
import { useFormat } from '../../i18n/useFormat';
import { workModeLabel } from './labels';

type Period = { workMode: WorkMode; effectiveFrom: string };

export function WorkModeHistory({ history }: { history: readonly Period[] | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!history || history.length === 0) return <Text c="dimmed">{t('person.noWorkModeHistory')}</Text>;
  const rows = [...history].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <Table data-testid="work-mode-history" striped withTableBorder>
      <Table.Caption>{t('person.workModeHistoryCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('person.workMode')}</Table.Th>
          <Table.Th scope="col">{t('person.effectiveFrom')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((period) => (
          <Table.Tr key={`${period.effectiveFrom}-${period.workMode}`}>
            <Table.Td>{workModeLabel(t, period.workMode)}</Table.Td>
            <Table.Td>{format.date(period.effectiveFrom)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
