import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', '..', '..', '..', 'tmp', 'e2e-artifacts');
const DOCS_SCREENSHOT = path.resolve(__dirname, '..', '..', '..', '..', 'docs', 'screenshot.png');

/** Debian Chromium, offline and quiet: no first-run UI, no background traffic, no QUIC. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type DemoRole = 'agent' | 'manager' | 'hr' | 'admin';
export const DEMO_ROLES: readonly DemoRole[] = ['agent', 'manager', 'hr', 'admin'];
export const DEMO_PASSWORD = 'pulse-demo-2026';
export const demoEmail = (role: DemoRole) => `${role}@demo.pulse.test`;

/** In navigation order. */
export type Area = 'profile' | 'pulse' | 'team' | 'wellbeing' | 'people' | 'import' | 'programs' | 'admin';
export const AREAS: readonly Area[] = ['profile', 'pulse', 'team', 'wellbeing', 'people', 'import', 'programs', 'admin'];
export const AREA_PATHS: Record<Area, string> = {
  profile: '/profile',
  pulse: '/pulse',
  team: '/team',
  wellbeing: '/wellbeing',
  people: '/people',
  import: '/import',
  programs: '/pulse-programs',
  admin: '/organisation',
};

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: the global set-up did not start the server');
  return url;
}

/**
 * Each launch gets a fresh, throw-away user-data-dir from Playwright, so no profile state leaks
 * between runs; each context (one per journey) is isolated like a private window.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}

export type Session = { context: BrowserContext; page: Page; pageErrors: string[] };

/** A new isolated context and page; uncaught page errors are collected so a journey can assert none. */
export async function openSession(browser: Browser, locale = 'en-GB'): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale,
    viewport: { width: 1280, height: 860 },
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
  return { context, page, pageErrors };
}

export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(demoEmail(role));
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('area-profile').waitFor();
}

/** The navigation links the page shows, by area. */
export async function visibleNavAreas(page: Page): Promise<Area[]> {
  await page.getByRole('navigation', { name: /./ }).first().waitFor();
  const shown: Area[] = [];
  for (const area of AREAS) if (await page.getByTestId(`nav-${area}`).isVisible()) shown.push(area);
  return shown;
}

export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${safeName(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** `E2E_DOCS_SCREENSHOT=1` refreshes the README's docs/screenshot.png from a journey. */
export async function docsScreenshot(page: Page): Promise<void> {
  if (process.env.E2E_DOCS_SCREENSHOT !== '1') return;
  await page.screenshot({ path: DOCS_SCREENSHOT });
}

export type A11yFinding = { id: string; impact: string | null | undefined; help: string; targets: string[] };

/**
 * Runs axe-core on the page as it is now. Every finding goes to tmp/e2e-artifacts/<name>.axe.json;
 * the serious and critical ones are returned (a journey expects none).
 */
export async function seriousA11yViolations(page: Page, name: string): Promise<A11yFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const findings: A11yFinding[] = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `${safeName(name)}.axe.json`), JSON.stringify(findings, null, 2));
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}
