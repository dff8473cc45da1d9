// axe-core on the sign-in page and on every area: no serious or critical WCAG 2.1 A/AA violations.
// All findings (minor ones too) are kept in tmp/e2e-artifacts/*.axe.json.
import type { Browser } from 'playwright-core';
import { AREA_PATHS, launchBrowser, openSession, seriousA11yViolations, signIn, type Area, type DemoRole } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('the sign-in page has no serious accessibility violations', async () => {
  const { context, page } = await openSession(browser);
  try {
    await page.goto('/sign-in');
    await page.getByTestId('area-sign-in').waitFor();
    expect(await seriousA11yViolations(page, 'a11y-sign-in')).toEqual([]);
  } finally {
    await context.close();
  }
});

// Each area, seen by a role that may open it.
const AREAS_BY: Array<[Area, DemoRole]> = [
  ['profile', 'agent'],
  ['pulse', 'agent'],
  ['team', 'manager'],
  ['wellbeing', 'manager'],
  ['people', 'hr'],
  ['import', 'hr'],
  ['programs', 'hr'],
  ['admin', 'admin'],
];

it.each(AREAS_BY)('the %s area (as %s) has no serious accessibility violations', async (area, role) => {
  const { context, page } = await openSession(browser);
  try {
    await signIn(page, role);
    await page.goto(AREA_PATHS[area]);
    await page.getByTestId(`area-${area}`).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousA11yViolations(page, `a11y-${area}`)).toEqual([]);
  } finally {
    await context.close();
  }
});

// A check that cannot fail is a defect: prove the axe pipeline reports a real violation.
it('axe does report serious violations when a page has them (control)', async () => {
  const { context, page } = await openSession(browser);
  try {
    await page.goto('/sign-in');
    await page.getByTestId('area-sign-in').waitFor();
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      const button = document.createElement('button');
      document.querySelector('main')?.append(img, button);
    });
    const ids = (await seriousA11yViolations(page, 'a11y-control')).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  } finally {
    await context.close();
  }
});
