// The demo agent opens "This week's pulse", answers every question with the keyboard only, sends,
// and sees the private thank-you with their own scores; the page passes axe, also at 375 px wide.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSession, screenshot, seriousA11yViolations, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openPulsePage(page: Page): Promise<void> {
  await page.getByTestId('nav-pulse').click();
  await page.getByTestId('area-pulse').waitFor();
  await page.getByTestId('pulse-card').first().waitFor();
}

it('answers every question by keyboard, submits once, and sees the thank-you with own scores', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'agent');
    // The navigation counts the pulses I have not answered yet, on every page.
    const countBefore = Number(await page.getByTestId('nav-pulse-count').textContent());
    expect(countBefore).toBeGreaterThan(0);
    await openPulsePage(page);
    const card = page.getByTestId('pulse-card').first();
    const groups = card.getByRole('radiogroup');
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);

    // Sending with a question left names that question and takes the keyboard to it (only before
    // this week's first answer: answering again starts from the saved answers).
    if ((await groups.nth(0).getByRole('radio', { checked: true }).count()) === 0) {
      await card.getByTestId('pulse-submit').click();
      const missing = card.getByTestId('pulse-missing');
      await missing.waitFor();
      const named = /“(.+)”/.exec((await missing.textContent()) ?? '')?.[1] ?? '';
      expect(named.length).toBeGreaterThan(0);
      expect(await card.locator('fieldset[data-testid^="question-"] legend').first().textContent()).toContain(named);
      expect(await groups.nth(0).evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }

    // Keyboard only: Tab into each group, arrows choose an option (native radio groups).
    await groups.nth(0).getByRole('radio').first().focus();
    for (let i = 0; i < count; i++) {
      const group = groups.nth(i);
      await page.keyboard.press('ArrowRight'); // moves to and checks an option
      expect(await group.getByRole('radio', { checked: true }).count()).toBe(1);
      const focusedInGroup = await group.evaluate((el) => el.contains(document.activeElement));
      expect(focusedInGroup).toBe(true);
      if (i < count - 1) {
        await page.keyboard.press('Tab');
        await expect(groups.nth(i + 1).evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
      }
    }
    await page.keyboard.press('Tab'); // the comment box
    await page.keyboard.type('More time between calls would help.');
    await page.keyboard.press('Tab'); // the submit button
    expect(await card.getByTestId('pulse-submit').evaluate((el) => el === document.activeElement)).toBe(true);

    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('SubmitPulseResponse')) sent.push(r.url());
    });
    await page.keyboard.press('Enter');
    await card.getByTestId('pulse-thanks').waitFor();
    // The focus follows to the thank-you, so a keyboard or screen-reader user hears it.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'pulse-thanks');
    expect(await card.getByTestId('pulse-thanks').textContent()).toContain('nobody else can see them');
    await card.getByTestId('pulse-my-scores').waitFor();
    expect(await card.getByTestId('pulse-my-scores').getByRole('row').count()).toBeGreaterThan(1);
    expect(sent).toHaveLength(1);
    // After the refetch the card says I answered and that answering again replaces it, and the count drops.
    await card.getByTestId('answered-before').waitFor();
    await page.waitForFunction((n) => {
      const badge = document.querySelector('[data-testid="nav-pulse-count"]');
      return n === 0 ? badge === null : badge?.textContent === String(n);
    }, countBefore - 1);

    // My private history is on the same page, with its own words about who can see it.
    await page.getByText('Only you can see this.').waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'agent-pulse-thanks');
    expect(await seriousA11yViolations(page, 'a11y-pulse-after-submit')).toEqual([]);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

/** The value, per question, of the answer that means the most strain (CBI item 13 is reverse-scored). */
function worstAnswer(itemId: string): string | null {
  if (itemId === 'cbi.work.13') return '0';
  if (itemId.startsWith('cbi.')) return '100';
  if (itemId.startsWith('who5.')) return '0';
  if (itemId.startsWith('single-item-burnout.')) return '5';
  return null;
}

it("after answers that signal strain, the organisation's support message appears in the page language with the thank-you", async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'agent');
    await page.evaluate(() => window.localStorage.setItem('pulse.locale', 'pl'));
    await page.goto('/pulse');
    await page.getByTestId('area-pulse').waitFor();
    const card = page.getByTestId('pulse-card').first();
    await card.waitFor();
    const questions = card.locator('fieldset[data-testid^="question-"]');
    for (let i = 0; i < (await questions.count()); i++) {
      const q = questions.nth(i);
      const itemId = (await q.getAttribute('data-testid'))!.slice('question-'.length);
      const value = worstAnswer(itemId);
      const radio = value === null ? q.getByRole('radio').first() : q.locator(`input[type="radio"][value="${value}"]`);
      await radio.check();
    }
    await card.getByTestId('pulse-submit').click();
    const support = card.getByTestId('pulse-support');
    await support.waitFor();
    expect(await support.textContent()).toContain('Program Pomocy Pracowniczej Northwind');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'pulse-thanks');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'agent-pulse-support-pl');
    expect(await seriousA11yViolations(page, 'a11y-pulse-support')).toEqual([]);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

it('works on a phone-sized screen (375 px): no sideways scrolling, every control reachable, no axe findings', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, 'agent');
    await page.goto('/pulse');
    await page.getByTestId('area-pulse').waitFor();
    await page.getByTestId('pulse-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const submit = page.getByTestId('pulse-submit').first();
    await submit.scrollIntoViewIfNeeded();
    const box = await submit.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    // Every option of every question lies inside the screen.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('input[type="radio"]')].filter((r) => {
        const b = r.getBoundingClientRect();
        return b.left < 0 || b.right > 375;
      }).length,
    );
    expect(outside).toBe(0);
    await screenshot(page, 'agent-pulse-375px');
    expect(await seriousA11yViolations(page, 'a11y-pulse-375px')).toEqual([]);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});
