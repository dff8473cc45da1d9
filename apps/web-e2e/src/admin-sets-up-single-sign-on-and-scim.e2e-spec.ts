// The admin connects the demo organisation to an OpenID Connect provider (a real `oidc-provider`
// in this test process, on loopback) and signs in with it; an agent signed in the same way loses
// their session the moment SCIM deactivates them.
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openSession, screenshot, signIn } from './support/browser';
import { startTestOidcProvider, type TestOidcProvider } from './support/oidc-test-provider';

let browser: Browser;
let idp: TestOidcProvider;
beforeAll(async () => {
  idp = await startTestOidcProvider([`${baseUrl()}/api/auth/oidc/callback`]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await idp?.close();
});

/** From the sign-in page through the provider's login and consent pages, back into the app. */
async function signInWithSso(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in with single sign-on' }).click();
  await page.getByLabel('Work email or organisation ID').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('any password: the test provider accepts it');
  await page.locator('button[type="submit"]').click();
  // The consent page, on a first sign-in.
  await page.waitForURL((url) => url.origin !== idp.issuer || url.pathname.startsWith('/interaction/'));
  if (new URL(page.url()).origin === idp.issuer) await page.locator('button[type="submit"]').click();
  await page.getByTestId('area-profile').waitFor();
}

async function scim(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${baseUrl()}/scim/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/scim+json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as { Resources?: Array<{ id: string }>; active?: boolean } };
}

it('an admin configures OpenID Connect and signs in with it; a SCIM deactivation ends an agent’s session at once', async () => {
  const admin = await openSession(browser);
  const agent = await openSession(browser);
  let token: string | null = null;
  let agentId: string | null = null;
  try {
    await signIn(admin.page, 'admin');
    await admin.page.getByTestId('nav-admin').click();
    const form = admin.page.getByTestId('sso-settings-form');
    await form.waitFor();
    await expect(admin.page.getByTestId('sso-redirect-uri').textContent()).resolves.toBe(`${baseUrl()}/api/auth/oidc/callback`);
    await form.getByLabel('Issuer URL').fill(idp.issuer);
    await form.getByLabel('Client ID').fill(idp.clientId);
    await form.getByLabel('Client secret').fill(idp.clientSecret);
    await form.getByLabel('Email domains').fill('demo.pulse.test');
    await form.getByRole('button', { name: 'Save single sign-on' }).click();
    await admin.page.getByTestId('sso-saved').waitFor();
    await screenshot(admin.page, 'admin-single-sign-on-configured');

    // SCIM token, shown once.
    const scimForm = admin.page.getByTestId('scim-create-form');
    await scimForm.getByLabel('Token name').fill('Browser journey');
    await scimForm.getByRole('button', { name: 'Create token' }).click();
    token = (await admin.page.getByTestId('scim-created-token').textContent())!.trim();
    expect(token).toMatch(/^pp_scim_/);

    // The admin signs in again, this time through the provider, in a fresh browser context.
    const sso = await openSession(browser);
    try {
      await signInWithSso(sso.page, 'admin@demo.pulse.test');
      await sso.page.getByTestId('nav-admin').waitFor();
      await screenshot(sso.page, 'admin-signed-in-with-single-sign-on');
      expect(sso.pageErrors).toEqual([]);
    } finally {
      await sso.context.close();
    }

    // An agent signs in with single sign-on; SCIM deactivates them; their next request is signed out.
    await signInWithSso(agent.page, 'agent@demo.pulse.test');
    const found = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "agent@demo.pulse.test"')}`, token);
    agentId = found.body.Resources![0].id;
    const off = await scim('PATCH', `/Users/${agentId}`, token, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'active', value: false }] });
    expect(off.body.active).toBe(false);
    await agent.page.reload();
    await agent.page.getByTestId('sign-in-form').waitFor();
    await screenshot(agent.page, 'agent-signed-out-by-scim');
    expect(admin.pageErrors).toEqual([]);
  } finally {
    // Other journeys sign in as the demo agent.
    if (token && agentId) {
      await scim('PATCH', `/Users/${agentId}`, token, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'active', value: true }] });
    }
    await admin.context.close();
    await agent.context.close();
  }
});
