import { screen, within } from '@testing-library/react';
import { renderWithProviders, testI18n } from '../../../test/render';
import { ImportResultView, MAX_ERROR_ROWS } from './ImportResultView';
import type { ImportResult } from './upload';

const dryRunWithErrors: ImportResult = {
  dryRun: true,
  applied: false,
  rowsRead: 1200,
  created: 3,
  updated: 2,
  unchanged: 1192,
  errors: [
    { line: 7, hrisId: 'E-1007', reason: 'work_mode "SOMETIMES" is not REMOTE, HYBRID or OFFICE' },
    { line: 1031, hrisId: null, reason: 'hris_id is empty' },
    { line: 12, hrisId: 'E-1012', reason: 'manager_hris_id E-9999 is not in the file or the organisation' },
  ],
};

describe('import result', () => {
  it('lists every bad row with its line number, HRIS id and reason, in file order as sent', async () => {
    renderWithProviders(<ImportResultView result={dryRunWithErrors} testIdPrefix="import-people" />, { i18n: await testI18n('en') });
    const table = screen.getByTestId('import-people-errors');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Line', 'HRIS ID', 'Problem']);
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['7', 'E-1007', 'work_mode "SOMETIMES" is not REMOTE, HYBRID or OFFICE'],
      ['1,031', '—', 'hris_id is empty'],
      ['12', 'E-1012', 'manager_hris_id E-9999 is not in the file or the organisation'],
    ]);
    expect(within(table).getByText('3 rows with problems')).toBeInTheDocument();
  });

  it('summarises the dry run and says nothing was saved', async () => {
    renderWithProviders(<ImportResultView result={dryRunWithErrors} testIdPrefix="import-people" />, { i18n: await testI18n('en') });
    expect(screen.getByTestId('import-people-headline')).toHaveTextContent('3 rows have problems. Nothing was saved.');
    const summary = screen.getByTestId('import-people-summary');
    expect(within(summary).getByText('Rows read').nextSibling).toHaveTextContent('1,200');
    expect(within(summary).getByText('Unchanged').nextSibling).toHaveTextContent('1,192');
  });

  it('reports an applied import without an error table', async () => {
    const applied: ImportResult = { ...dryRunWithErrors, dryRun: false, applied: true, errors: [] };
    renderWithProviders(<ImportResultView result={applied} testIdPrefix="import-signals" />, { i18n: await testI18n('en') });
    expect(screen.getByTestId('import-signals-headline')).toHaveTextContent('The file was imported.');
    expect(screen.queryByTestId('import-signals-errors')).not.toBeInTheDocument();
  });

  it('uses Polish plural forms and number formats', async () => {
    const many: ImportResult = {
      ...dryRunWithErrors,
      errors: Array.from({ length: 5 }, (_, i) => ({ line: 2 + i, hrisId: `E-${i}`, reason: 'bad' })),
    };
    renderWithProviders(<ImportResultView result={many} testIdPrefix="import-people" />, { i18n: await testI18n('pl') });
    expect(screen.getByTestId('import-people-headline')).toHaveTextContent('5 wierszy zawiera błędy. Nic nie zostało zapisane.');
    expect(screen.getByRole('columnheader', { name: 'Wiersz' })).toBeInTheDocument();
  });

  it('caps a very long error list and says how many are hidden', async () => {
    const huge: ImportResult = {
      ...dryRunWithErrors,
      errors: Array.from({ length: MAX_ERROR_ROWS + 20 }, (_, i) => ({ line: i + 2, hrisId: null, reason: 'bad' })),
    };
    renderWithProviders(<ImportResultView result={huge} testIdPrefix="import-people" />, { i18n: await testI18n('en') });
    expect(within(screen.getByTestId('import-people-errors')).getAllByRole('row')).toHaveLength(MAX_ERROR_ROWS + 1);
    expect(screen.getByText('Showing the first 500 of 520 problems. Fix these and run again.')).toBeInTheDocument();
  });
});
