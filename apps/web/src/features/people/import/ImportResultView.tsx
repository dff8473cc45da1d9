import { Alert, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { ImportResult, ImportRowError } from './upload';

/** More rows than this would make the page slow; the summary still counts them all. */
export const MAX_ERROR_ROWS = 500;

export function ImportResultView({ result, testIdPrefix }: { result: ImportResult; testIdPrefix: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const stats = [
    { key: 'rowsRead', label: t('import.rowsRead'), value: result.rowsRead },
    { key: 'created', label: t('import.created'), value: result.created },
    { key: 'updated', label: t('import.updated'), value: result.updated },
    { key: 'unchanged', label: t('import.unchanged'), value: result.unchanged },
    { key: 'errors', label: t('import.errorCount'), value: result.errors.length },
  ];
  const hasErrors = result.errors.length > 0;
  const headline = result.dryRun
    ? hasErrors
      ? t('import.dryRunWithErrors', { count: result.errors.length })
      : t('import.dryRunClean')
    : result.applied
      ? t('import.applied')
      : t('import.notApplied', { count: result.errors.length });
  const tone = hasErrors ? (result.dryRun ? 'orange' : 'red') : 'green';

  return (
    <section aria-labelledby={`${testIdPrefix}-result-title`} data-testid={`${testIdPrefix}-result`}>
      <Alert role="status" color={tone} variant="light" mb="md">
        <Title order={3} size="h4" id={`${testIdPrefix}-result-title`}>
          {result.dryRun ? t('import.dryRunResult') : t('import.importResult')}
        </Title>
        <Text size="sm" data-testid={`${testIdPrefix}-headline`}>
          {headline}
        </Text>
      </Alert>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 5 }} spacing="sm" m={0} mb="md" data-testid={`${testIdPrefix}-summary`}>
        {stats.map((s) => (
          <Paper key={s.key} withBorder p="sm" data-stat={s.key}>
            <Text component="dt" size="xs" c="dimmed" fw={500}>
              {s.label}
            </Text>
            <Text component="dd" m={0} fw={700} size="lg">
              {format.number(s.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {hasErrors ? <ImportErrorTable errors={result.errors} testId={`${testIdPrefix}-errors`} /> : null}
    </section>
  );
}

export function ImportErrorTable({ errors, testId }: { errors: readonly ImportRowError[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = errors.slice(0, MAX_ERROR_ROWS);
  return (
    <>
      <Table.ScrollContainer minWidth={520} mah={480}>
        <Table striped withTableBorder stickyHeader data-testid={testId}>
          <Table.Caption>{t('import.errorTableCaption', { count: errors.length, formatted: format.number(errors.length) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={100}>
                {t('import.line')}
              </Table.Th>
              <Table.Th scope="col" w={160}>
                {t('import.hrisId')}
              </Table.Th>
              <Table.Th scope="col">{t('import.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((e, i) => (
              <Table.Tr key={`${e.line}-${i}`}>
                <Table.Td>{format.number(e.line)}</Table.Td>
                <Table.Td>{e.hrisId ?? '—'}</Table.Td>
                <Table.Td>{e.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {errors.length > shown.length ? (
        <Group mt="xs">
          <Text size="sm" c="dimmed">
            {t('import.moreErrors', { shown: format.number(shown.length), total: format.number(errors.length) })}
          </Text>
        </Group>
      ) : null}
    </>
  );
}
