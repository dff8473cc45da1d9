// HR creates a pulse program: picks items from the instrument library, sees the rotation preview
// (waves and a scoring warning), saves it as a draft and activates it; the screen passes axe.
import type { Browser } from 'playwright-core';
import { launchBrowser, openSession, screenshot, seriousA11yViolations, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('HR creates a program, sees the rotation preview and activates it', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'hr');
    await page.getByTestId('nav-programs').click();
    await page.getByTestId('area-programs').waitFor();
    await page.getByTestId('pulse-program-new').click();
    const form = page.getByTestId('pulse-program-form');
    await form.waitFor();

    const name = `E2E pulse ${Date.now()}`;
    await page.getByTestId('pulse-program-name').fill(name);
    // Seven CBI work items and WHO-5 item 1 (WHO-5 needs all five items to be scored).
    for (const id of ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'cbi.work.10', 'cbi.work.11', 'cbi.work.12', 'cbi.work.13', 'who5.1'])
      await form.locator(`input[data-item-id="${id}"]`).check();

    const preview = page.getByTestId('pulse-rotation-table');
    await preview.waitFor();
    await expect(page.getByTestId('pulse-rotation-cycle').textContent()).resolves.toContain('2 waves');
    const rows = await preview.locator('tbody tr').count();
    expect(rows).toBe(2);
    await expect(preview.textContent()).resolves.toContain('Is your work emotionally exhausting?');
    await expect(page.getByTestId('pulse-rotation-warnings').textContent()).resolves.toContain('who5');
    expect(await seriousA11yViolations(page, 'a11y-pulse-program-form')).toEqual([]);
    await screenshot(page, 'hr-pulse-program-preview');

    await page.getByTestId('pulse-program-save').click();
    const row = page.getByTestId('pulse-program-row').filter({ hasText: name });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Draft');
    await row.getByRole('button', { name: `Activate: ${name}` }).click();
    await row.getByText('Active').waitFor();
    await screenshot(page, 'hr-pulse-program-active');
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
