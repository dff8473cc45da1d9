// Sign in as each demo role: the navigation offers exactly that role's areas, each opens, the
// others are refused in the UI, and the API refuses them too.
import type { Browser } from 'playwright-core';
import {
  AREA_PATHS,
  AREAS,
  DEMO_ROLES,
  launchBrowser,
  openSession,
  screenshot,
  docsScreenshot,
  signIn,
  visibleNavAreas,
  type Area,
  type DemoRole,
} from './support/browser';

/** What each demo sign-in must see (libs/shared ROLE_PERMISSIONS; the demo accounts are also agents). */
const EXPECTED: Record<DemoRole, readonly Area[]> = {
  agent: ['profile', 'pulse'],
  manager: ['profile', 'pulse', 'team', 'wellbeing'],
  hr: ['profile', 'pulse', 'team', 'wellbeing', 'people', 'import', 'programs'],
  admin: ['profile', 'pulse', 'people', 'admin'],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(DEMO_ROLES)('signed in as the demo %s', (role) => {
  const allowed = EXPECTED[role];
  const refused = AREAS.filter((a) => !allowed.includes(a));

  it(`sees only ${allowed.join(', ')} in the navigation, opens each, and is refused ${refused.join(', ') || 'nothing'}`, async () => {
    const { context, page, pageErrors } = await openSession(browser);
    try {
      await signIn(page, role);
      expect(await visibleNavAreas(page)).toEqual(allowed);

      for (const area of allowed) {
        await page.getByTestId(`nav-${area}`).click();
        await page.getByTestId(`area-${area}`).waitFor();
        await page.waitForLoadState('networkidle');
        expect(new URL(page.url()).pathname.startsWith(AREA_PATHS[area])).toBe(true);
        await screenshot(page, `${role}-${area}`);
        if (role === 'manager' && area === 'team') await docsScreenshot(page);
      }

      for (const area of refused) {
        await page.goto(AREA_PATHS[area]);
        await page.getByTestId('area-forbidden').waitFor();
        expect(await page.getByTestId(`area-${area}`).count()).toBe(0);
        expect(await page.getByTestId(`nav-${area}`).count()).toBe(0);
      }

      // The UI only hides; the API must refuse on its own.
      const csv = await page.request.get('/api/exports/people.csv');
      expect(csv.status()).toBe(allowed.includes('import') ? 200 : 403);

      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

it('a wrong password is refused with a message and no session', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await page.goto('/profile');
    await page.getByTestId('area-sign-in').waitFor(); // signed out: sent to sign in
    await page.getByLabel('Email address').fill('agent@demo.pulse.test');
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('sign-in-error').textContent()).toContain('incorrect');
    await page.goto('/profile');
    await page.getByTestId('area-sign-in').waitFor();
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
});

it('signing out ends the session', async () => {
  const { context, page } = await openSession(browser);
  try {
    await signIn(page, 'agent');
    await page.getByTestId('account-menu').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('area-sign-in').waitFor();
    await page.goto('/profile');
    await page.getByTestId('area-sign-in').waitFor();
  } finally {
    await context.close();
  }
});
