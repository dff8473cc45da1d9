// Issue 11, done when: the demo agent sets a goal two levels up and sees the path, the gaps and
// what closes them; the demo manager sees that agent's readiness and triages an idea; HR changes a
// level's expectation and sees readiness follow it while the past version stays; HR sees the
// remote promotion gap on the default analytics view. Each page passes axe.
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSession, screenshot, seriousA11yViolations, signIn } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO_AGENT = 'Minh Robinson';

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await page.request.post('/graphql', { headers: { 'content-type': 'application/json' }, data: { query, variables } });
  const body = (await r.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

it('the agent sets a goal two levels up and sees the path, the gaps and what closes them', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'agent');
    await page.getByTestId('nav-career').click();
    await page.getByTestId('career-now').waitFor();
    expect(await page.getByTestId('career-now').textContent()).toContain('Agent II');

    const select = page.getByTestId('career-goal-select');
    await select.selectOption('specialist');
    const preview = page.getByTestId('career-goal-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/Specialist \/ Tier 2.*2/);
    await page.getByTestId('career-goal-save').click();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('career-now').textContent()).toContain('Specialist / Tier 2');

    // The path: two steps, each with its readiness, gaps against the expected level's anchor, and what closes them.
    const next = page.getByTestId('career-path');
    await next.waitFor();
    const text = (await next.textContent()) ?? '';
    expect(text).toContain('Senior Agent');
    expect(text).toMatch(/\d+% ready/);
    expect(text).toContain('What the expected level looks like');
    expect(text).toContain('Learning courses arrive with the learning module');
    expect(pageErrors).toEqual([]);
    await screenshot(page, 'agent-career');
    expect(await seriousA11yViolations(page, 'a11y-career-agent')).toEqual([]);
  } finally {
    await context.close();
  }
});

it("the manager sees the agent's readiness and triages a new idea", async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'manager');
    await page.getByTestId('nav-progression').click();
    await page.getByTestId('progression-summary').waitFor();
    // The agent's own page, reached from the readiness list: readiness for the next step and why.
    await page.getByTestId('readiness-row').first().waitFor();
    const agentId = (await gql<{ people: { items: Array<{ id: string }> } }>(page, `query($s: String) { people(filter: { search: $s }, first: 1) { items { id } } }`, { s: DEMO_AGENT })).people.items[0].id;
    await page.goto(`/progression/${agentId}`);
    const readiness = page.getByTestId('person-readiness');
    await readiness.waitFor();
    expect(await readiness.textContent()).toMatch(/\d+%/);
    await page.getByTestId('nav-progression').click();
    await page.getByTestId('progression-summary').waitFor();

    await page.getByTestId('progression-tab-ideas').click();
    const ideas = page.getByTestId('team-insights');
    await ideas.waitFor();
    const fresh = ideas.getByTestId('career-insight').filter({ has: page.getByTestId('insight-accepted') }).first();
    await fresh.waitFor();
    const title = (await fresh.getByRole('heading').first().textContent())!.trim();
    await fresh.getByTestId('insight-accepted').click();
    await page.waitForLoadState('networkidle');
    // It leaves the "New" list and is listed as accepted.
    await ideas.getByTestId('career-insight').filter({ hasText: title }).waitFor({ state: 'detached' });
    await page.getByTestId('team-insights-status').selectOption('ACCEPTED');
    await page.waitForLoadState('networkidle');
    const after = ideas.getByTestId('career-insight').filter({ hasText: title }).first();
    await after.getByTestId('career-insight-status').waitFor();
    expect(await after.getByTestId('career-insight-status').textContent()).toMatch(/Accepted/i);
    expect(pageErrors).toEqual([]);
    await screenshot(page, 'manager-progression-ideas');
    expect(await seriousA11yViolations(page, 'a11y-career-manager')).toEqual([]);
  } finally {
    await context.close();
  }
});

it("HR raises a level's expectation: readiness follows from today, the earlier version stays as it was", async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'hr');
    type Profile = { careerProfile: { nextStepReadiness: { percent: number } | null; standings: Array<{ competencyKey: string; expected: number }> } };
    const agentId = (await gql<{ people: { items: Array<{ id: string }> } }>(page, `query($s: String) { people(filter: { search: $s }, first: 1) { items { id } } }`, { s: DEMO_AGENT })).people.items[0].id;
    const profileQuery = `query($p: ID!) { careerProfile(personId: $p) { nextStepReadiness { percent } standings { competencyKey expected } } }`;
    const before = await gql<Profile>(page, profileQuery, { p: agentId });
    const versionsBefore = await gql<{ careerLadderVersions: Array<{ id: string; effectiveFrom: string }> }>(page, `{ careerLadderVersions { id effectiveFrom } }`);
    const expectedBefore = before.careerProfile.standings.find((s) => s.competencyKey === 'empathy')!.expected;

    await page.getByTestId('nav-ladder').click();
    await page.getByTestId('ladder-tab-levels').click();
    const level = page.getByTestId('ladder-level').filter({ hasText: 'Senior Agent' }).first();
    await level.getByRole('button').first().click();
    await level.getByTestId('ladder-expectation-empathy').selectOption('5');
    await page.getByTestId('ladder-note').fill('Senior agents model empathy for the team');
    await page.getByTestId('ladder-publish').click();
    await page.getByTestId('ladder-published').getByText(/Published\. The new version applies from/).waitFor();
    await page.waitForLoadState('networkidle');

    const after = await gql<Profile>(page, profileQuery, { p: agentId });
    expect(after.careerProfile.standings.find((s) => s.competencyKey === 'empathy')!.expected).toBe(5);
    expect(expectedBefore).toBeLessThan(5);
    expect(after.careerProfile.nextStepReadiness!.percent).toBeLessThan(before.careerProfile.nextStepReadiness!.percent + 1);
    // The earlier version is still there, unchanged, for the dates it covered.
    const versionsAfter = await gql<{ careerLadderVersions: Array<{ id: string }> }>(page, `{ careerLadderVersions { id } }`);
    expect(versionsAfter.careerLadderVersions.length).toBe(versionsBefore.careerLadderVersions.length + 1);
    const old = await gql<{ careerLadder: { levels: Array<{ key: string; expectations: Array<{ competencyKey: string; proficiency: number }> }> } }>(
      page,
      `query($d: Date) { careerLadder(asOf: $d) { levels { key expectations { competencyKey proficiency } } } }`,
      { d: versionsBefore.careerLadderVersions.map((v) => v.effectiveFrom).sort().at(-1) },
    );
    expect(old.careerLadder.levels.find((l) => l.key === 'senior-agent')!.expectations.find((e) => e.competencyKey === 'empathy')!.proficiency).toBe(expectedBefore);

    // The graph is the default tab of the ladder editor.
    await page.getByTestId('ladder-tab-graph').click();
    await page.waitForLoadState('networkidle');
    expect(pageErrors).toEqual([]);
    await screenshot(page, 'hr-ladder');
    expect(await seriousA11yViolations(page, 'a11y-career-ladder')).toEqual([]);
  } finally {
    await context.close();
  }
});

it('HR sees the remote promotion gap on the default analytics view', async () => {
  const { context, page, pageErrors } = await openSession(browser);
  try {
    await signIn(page, 'hr');
    await page.getByTestId('nav-careerAnalytics').click();
    const gap = page.getByText(/Remote staff were promoted at 0\.\d+× the rate of/);
    await gap.waitFor();
    expect(await page.getByText('Promotions per person-year', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByText('Fewer promotions is worse', { exact: false }).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    await screenshot(page, 'hr-career-analytics');
    expect(await seriousA11yViolations(page, 'a11y-career-analytics')).toEqual([]);
  } finally {
    await context.close();
  }
});
