// The language switcher: each of the four locales translates the page and sets <html lang>
// (screen readers pick their voice from it), before and after sign-in, and the choice survives a reload.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSession, screenshot, signIn } from './support/browser';

/** Written out here on purpose: a missing translation that falls back to English must fail. */
const LOCALES = [
  { locale: 'en', signIn: 'Sign in', profile: 'My profile' },
  { locale: 'zh-Hans', signIn: '登录', profile: '我的资料' },
  { locale: 'zh-Hant', signIn: '登入', profile: '我的個人資料' },
  { locale: 'pl', signIn: 'Logowanie', profile: 'Mój profil' },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function choose(page: Page, locale: string) {
  await page.getByTestId('language-switcher').selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

const heading = (page: Page, area: string) => page.getByTestId(`area-${area}`).getByRole('heading', { level: 1 });

it.each(LOCALES)('switching to $locale translates the sign-in page and sets <html lang>', async ({ locale, signIn: title }) => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await page.goto('/sign-in');
    await page.getByTestId('area-sign-in').waitFor();
    await choose(page, locale);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await expect(heading(page, 'sign-in').textContent()).resolves.toBe(title);
    await page.reload();
    await heading(page, 'sign-in').filter({ hasText: title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    await screenshot(page, `sign-in-${locale}`);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

it('a signed-in agent switches through every language from the header', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'agent');
    for (const { locale, profile } of LOCALES) {
      await choose(page, locale);
      await heading(page, 'profile').filter({ hasText: profile }).waitFor();
      expect(await heading(page, 'profile').textContent()).toBe(profile);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await screenshot(page, `profile-${locale}`);
    }
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

it('a first visit follows the browser language (zh-TW becomes Traditional Chinese)', async () => {
  const { context, page } = await openSession(browser, 'zh-TW');
  try {
    await page.goto('/sign-in');
    await heading(page, 'sign-in').filter({ hasText: '登入' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
  } finally {
    await context.close();
  }
});
