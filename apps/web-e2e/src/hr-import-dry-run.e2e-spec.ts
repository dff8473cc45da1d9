// HR dry-runs an HRIS file with mistakes: the error table names each bad line by its number in the
// file, and nothing is written.
import type { Browser } from 'playwright-core';
import { launchBrowser, openSession, screenshot, signIn } from './support/browser';

// Line 1 is the header. Line 2 is valid; lines 3 and 4 are not.
const BAD_CSV = [
  'hris_id,email,first_name,last_name,team_path,work_mode,time_zone,hire_date',
  'E2E-0001,e2e.one@example.test,Ada,One,Support / E2E,REMOTE,Europe/Warsaw,2024-01-15',
  'E2E-0002,not-an-email,Bob,Two,Support / E2E,REMOTE,Europe/Warsaw,2024-01-15',
  'E2E-0003,e2e.three@example.test,Cy,Three,Support / E2E,SOMETIMES,Europe/Warsaw,2024-02-30',
  '',
].join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('HR dry-runs a bad HRIS CSV and sees the errors by line number; nothing is imported', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'hr');
    await page.getByTestId('nav-import').click();
    await page.getByTestId('area-import').waitFor();

    await page.getByTestId('import-people-file').setInputFiles({ name: 'bad-people.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    await page.getByTestId('import-people-dry-run').click();
    const table = page.getByTestId('import-people-errors');
    await table.waitFor();

    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim())),
    );
    const lines = [...new Set(rows.map((r) => r[0]))];
    expect(lines).toEqual(['3', '4']);
    const reasons = (line: string) => rows.filter((r) => r[0] === line).map((r) => r[2]).join(' | ');
    expect(rows.find((r) => r[0] === '3')?.[1]).toBe('E2E-0002');
    expect(reasons('3')).toMatch(/email/i);
    expect(reasons('4')).toMatch(/work_mode/);
    expect(reasons('4')).toMatch(/hire_date/);
    await expect(page.getByTestId('import-people-headline').textContent()).resolves.toContain('Nothing was saved');
    await screenshot(page, 'hr-import-dry-run-errors');

    // A dry run writes nothing: the valid line 2 did not create anyone.
    const exported = await page.request.get('/api/exports/people.csv');
    expect(exported.status()).toBe(200);
    expect(await exported.text()).not.toContain('E2E-0001');
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
