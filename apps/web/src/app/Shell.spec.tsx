import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { PendingPulsesDocument } from '../gql/graphql';
import { Route, Routes } from 'react-router';
import type { Role } from '@pulse/shared';
import { fakeMe, renderWithProviders, testI18n } from '../test/render';
import { permissionsFor } from '@pulse/shared';
import { navItemsFor } from './nav';
import { Shell } from './Shell';

type Pending = { waveId: string; programName: string; closesAt: string; answeredAt: string | null; remindedAt: string | null };
const pendingMock = (pulses: Pending[]): MockLink.MockedResponse => ({
  request: { query: PendingPulsesDocument },
  result: { data: { myOpenPulses: pulses.map((p) => ({ __typename: 'OpenPulse', ...p })) } },
  maxUsageCount: 10,
});

async function renderShellAs(roles: Role[], language: 'en' | 'zh-Hans' = 'en', pending: Pending[] = []) {
  const i18n = await testI18n(language);
  renderWithProviders(
    <Routes>
      <Route element={<Shell />}>
        <Route path="/profile" element={<p>profile</p>} />
      </Route>
    </Routes>,
    { i18n, route: '/profile', me: fakeMe(roles), mocks: [pendingMock(pending)] },
  );
  return within(screen.getByRole('navigation', { name: language === 'en' ? 'Main navigation' : '主导航' }));
}

const linkNames = (nav: ReturnType<typeof within>) => nav.getAllByRole('link').map((a: HTMLElement) => a.textContent);

describe('navigation by role', () => {
  it.each<[string, Role[], string[]]>([
    ['an agent sees their profile, this week\'s pulse and their career', ['AGENT'], ['My profile', "This week's pulse", 'My career']],
    ['a manager also sees their team, its wellbeing and its progression', ['AGENT', 'MANAGER'], ['My profile', "This week's pulse", 'My career', 'My team', 'Wellbeing', 'Progression']],
    [
      'HR sees people, import, survey programs, the career ladder and progression analytics',
      ['AGENT', 'HR'],
      ['My profile', "This week's pulse", 'My career', 'My team', 'Wellbeing', 'Progression', 'People', 'Import', 'Survey programs', 'Career ladder', 'Progression analytics'],
    ],
    ['an admin sees people and the organisation, not import', ['AGENT', 'ADMIN'], ['My profile', "This week's pulse", 'My career', 'People', 'Organisation']],
    [
      'roles add up',
      ['AGENT', 'MANAGER', 'HR', 'ADMIN'],
      ['My profile', "This week's pulse", 'My career', 'My team', 'Wellbeing', 'Progression', 'People', 'Import', 'Survey programs', 'Career ladder', 'Progression analytics', 'Organisation'],
    ],
  ])('%s', async (_name, roles, expected) => {
    const nav = await renderShellAs(roles);
    expect(linkNames(nav)).toEqual(expected);
  });

  it('marks the current area and gives each link a stable test id', async () => {
    const nav = await renderShellAs(['AGENT', 'MANAGER']);
    expect(nav.getByRole('link', { name: 'My profile' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByTestId('nav-team')).toHaveAttribute('href', '/team');
  });

  it('has the landmarks and the skip link', async () => {
    await renderShellAs(['AGENT']);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(screen.getByRole('button', { name: 'Account menu for Ana Nowak' })).toBeInTheDocument();
  });

  it('translates the navigation', async () => {
    const nav = await renderShellAs(['AGENT', 'MANAGER'], 'zh-Hans');
    expect(linkNames(nav)).toEqual(['我的资料', '本周脉搏调查', '我的职业发展', '我的团队', '员工幸福感', '晋升进展']);
  });

  it('follows the server permissions, not only the role table', async () => {
    expect(navItemsFor(new Set(['profile:self', 'signals:import'])).map((i) => i.area)).toEqual(['profile', 'import']);
    expect(navItemsFor(permissionsFor(['AGENT'])).map((i) => i.area)).toEqual(['profile', 'pulse', 'career']);
    // Progression analytics is HR's (career:read:all); a manager's line alone does not show it.
    expect(navItemsFor(new Set(['career:read:reporting-line'])).map((i) => i.area)).toEqual(['progression']);
    expect(navItemsFor(new Set(['career:read:all', 'career:ladder:manage'])).map((i) => i.area)).toEqual(['progression', 'ladder', 'careerAnalytics']);
    expect(navItemsFor(new Set(['pulse:results:all'])).map((i) => i.area)).toEqual(['wellbeing']);
  });
});

describe('the pulse reminder, delivered in the app', () => {
  const open = { waveId: 'w1', programName: 'Weekly wellbeing pulse', closesAt: '2026-11-27T16:00:00.000Z', answeredAt: null, remindedAt: null };

  it('counts the pulses I have not answered on the navigation, for screen readers too', async () => {
    const nav = await renderShellAs(['AGENT'], 'en', [open, { ...open, waveId: 'w2', answeredAt: '2026-11-25T10:00:00.000Z' }]);
    expect(await nav.findByTestId('nav-pulse-count')).toHaveTextContent('1');
    expect(nav.getByTestId('nav-pulse')).toHaveAccessibleName("This week's pulse (1 pulse to answer)");
    expect(screen.queryByTestId('pulse-reminder')).toBeNull();
  });

  it('once reminded, every page says when my pulse closes and links to it', async () => {
    await renderShellAs(['AGENT'], 'en', [{ ...open, remindedAt: '2026-11-27T12:00:00.000Z' }]);
    const reminder = await screen.findByTestId('pulse-reminder');
    expect(reminder).toHaveTextContent('Your pulse closes soon');
    expect(reminder).toHaveTextContent('Weekly wellbeing pulse is open for you until');
    expect(within(reminder).getByRole('link', { name: 'Answer now' })).toHaveAttribute('href', '/pulse');
  });

  it('an answered pulse is neither counted nor reminded about', async () => {
    const nav = await renderShellAs(['AGENT'], 'en', [{ ...open, remindedAt: '2026-11-27T12:00:00.000Z', answeredAt: '2026-11-27T12:30:00.000Z' }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(nav.queryByTestId('nav-pulse-count')).toBeNull();
    expect(screen.queryByTestId('pulse-reminder')).toBeNull();
  });
});
