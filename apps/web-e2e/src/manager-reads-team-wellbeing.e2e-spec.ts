// The demo manager opens Wellbeing and reads the team trend by work mode: a chart with a table
// beside it, where a hidden figure says why it is hidden; the page passes axe.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSession, screenshot, seriousA11yViolations, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const HIDDEN = /Hidden: fewer than \d+ responses|Hidden so that no smaller group can be worked out by combining the figures shown/;

/**
 * The API derives rollups of the seeded waves in the background after start, oldest first: wait
 * until the latest waves are in (the summary shows the latest wave; the teams needing attention
 * compare the latest waves with earlier ones).
 */
async function waitForResults(page: Page): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    await page.getByTestId('results-period').waitFor();
    await page.waitForLoadState('networkidle');
    const ready = await Promise.all(['pulse-trend-table', 'attention-team', 'summary-cards'].map((id) => page.getByTestId(id).count()));
    if (ready.every((n) => n > 0)) return;
    if (Date.now() > deadline) throw new Error('the seeded waves were not rolled up within 180 s');
    await page.waitForTimeout(3_000);
    await page.reload();
    await page.getByTestId('area-wellbeing').waitFor();
  }
}

it('shows the team trend by work mode, as a chart and a table, with a hidden cell explained', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'manager');
    await page.getByTestId('nav-wellbeing').click();
    await page.getByTestId('area-wellbeing').waitFor();
    await waitForResults(page);

    // The default view starts with the teams needing attention: the overloaded team first, by its path.
    const first = page.getByTestId('attention-team').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Support / Americas / Austin');
    expect(await first.getByTestId('attention-open').textContent()).toBe('Customer Care');
    expect(await first.getByTestId('attention-reason').first().textContent()).toMatch(/Work-related burnout \(CBI\) rose from [\d.]+ to [\d.]+/);
    await first.getByTestId('attention-sparkline').waitFor();
    // The chart names its measure and range, and says which way is worse.
    expect(await page.getByTestId('pulse-trend-chart-y-title').textContent()).toBe('Work-related burnout (CBI), 0–100');
    expect(await page.getByTestId('pulse-trend-note').textContent()).toContain('Higher is worse.');

    const table = page.getByTestId('pulse-trend-table');
    const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
    expect(headers).toEqual(expect.arrayContaining(['All', 'Remote', 'Hybrid', 'Office']));
    await page.getByTestId('pulse-trend-chart').waitFor();
    expect(await page.getByTestId('summary-cards').isVisible()).toBe(true);

    // Somewhere a figure is hidden, and it says why (trend by work mode first, else the breakdowns).
    let hidden = table.getByTestId('hidden-reason');
    if ((await hidden.count()) === 0) {
      await page.getByTestId('wellbeing-tab-breakdown').click();
      await page.getByTestId('breakdown-work-mode').waitFor();
      hidden = page.getByTestId('hidden-reason');
    }
    expect(await hidden.count()).toBeGreaterThan(0);
    expect(await hidden.first().textContent()).toMatch(HIDDEN);

    await page.getByTestId('wellbeing-tab-overview').click();
    await page.getByTestId('pulse-trend-table').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'manager-wellbeing');
    expect(await seriousA11yViolations(page, 'a11y-wellbeing-manager')).toEqual([]);

    await page.getByTestId('wellbeing-tab-actions').click();
    await page.getByTestId('create-action-plan').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page, 'a11y-wellbeing-actions')).toEqual([]);

    // The manager sees no organisation-wide heatmap (HR only).
    expect(await page.getByTestId('wellbeing-tab-heatmap').count()).toBe(0);

    // The link of a team needing attention opens that team's results.
    await page.getByTestId('wellbeing-tab-overview').click();
    await page.getByTestId('attention-open').first().click();
    await page.waitForURL(/\/wellbeing\?team=/);
    await page.waitForFunction(() => (document.querySelector('[data-testid="pick-team"]') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent === 'Support / Americas / Austin / Customer Care');

    // Switching to the monthly WHO-5 program shows its WHO-5 trend (the burnout measure chosen for
    // the weekly pulse is not carried over to a program that never asks it).
    const program = page.getByTestId('pick-program');
    const who5 = await program.evaluate((el) => [...(el as HTMLSelectElement).options].find((o) => o.text.includes('WHO-5'))?.value);
    await program.selectOption(who5!);
    await page.waitForFunction(() => (document.querySelector('[data-testid="pick-measure"]') as HTMLSelectElement | null)?.value === 'who5');
    await page.getByTestId('pulse-trend-table').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('pulse-trend-chart-y-title').textContent()).toContain('WHO-5');
    const values = await page.getByTestId('pulse-trend-table').locator('tbody td').allTextContents();
    expect(values.filter((v) => /^\d+(\.\d+)?$/.test(v.trim())).length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

it('HR sees the heatmap of teams × measures as a table with numbers and reasons', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'hr');
    await page.goto('/wellbeing');
    await page.getByTestId('area-wellbeing').waitFor();
    await waitForResults(page);
    await page.getByTestId('wellbeing-tab-heatmap').click();
    const heatmap = page.getByTestId('pulse-heatmap');
    await heatmap.waitFor();
    expect(await heatmap.getByRole('row').count()).toBeGreaterThan(1);
    // Rows name teams by their path, most concerning first on the chosen measure.
    expect(await heatmap.getByRole('rowheader').first().textContent()).toMatch(/^Support/);
    expect(await page.getByTestId('heatmap-sorted-by').textContent()).toContain('most concerning first');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'hr-wellbeing-heatmap');
    expect(await seriousA11yViolations(page, 'a11y-wellbeing-heatmap')).toEqual([]);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
