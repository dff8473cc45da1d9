import { Suspense } from 'react';
import { AppShell, Badge, Burger, Button, Group, Menu, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PulseReminder, usePendingPulses } from '../features/pulse/take/PulseReminder';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { Loading } from '../ui/Loading';
import { navItemsFor } from './nav';
import { useSession } from './session';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toLocaleUpperCase() ?? '')
    .join('');
}

export function Shell() {
  const { t } = useTranslation();
  const { me, permissions, signOut } = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const items = navItemsFor(permissions);
  const pending = usePendingPulses(permissions.has('pulse:self'));
  const toAnswer = pending.unanswered.length;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? t('shell.closeNavigation') : t('shell.openNavigation')}
              aria-expanded={navOpen}
              aria-controls="primary-navigation"
            />
            <Text fw={700} size="lg" component="span" style={{ whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="md" component="span">
              {me.organisation.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                {/* The name comes from content, not aria-label: at 375 px the visible text is the initials,
                    and an aria-label that does not contain the visible text fails WCAG 2.5.3. */}
                <Button variant="subtle" size="sm" px="xs" data-testid="account-menu">
                  <span className="visually-hidden">{t('shell.accountMenu', { name: me.person.displayName })}</span>
                  <Text span inherit visibleFrom="sm" className="account-name" aria-hidden>
                    {me.person.displayName}
                  </Text>
                  {/* Narrow screens: initials; the accessible name still says whose menu it is. */}
                  <Text span inherit hiddenFrom="sm" aria-hidden>
                    {initials(me.person.displayName)}
                  </Text>
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{me.email}</Menu.Label>
                <Menu.Item onClick={() => navigate('/profile')}>{t('nav.profile')}</Menu.Item>
                <Menu.Item
                  data-testid="sign-out"
                  color="red"
                  onClick={() => void signOut()}
                >
                  {t('shell.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" id="primary-navigation" aria-label={t('shell.primaryNavigation')}>
        {items.map((item) => {
          const count = item.area === 'pulse' ? toAnswer : 0;
          return (
            <NavLink
              key={item.area}
              component={RouterNavLink}
              to={item.path}
              label={
                count > 0 ? (
                  <>
                    {t(item.labelKey)}
                    <span className="visually-hidden"> ({t('pulse.reminder.toAnswer', { count })})</span>
                  </>
                ) : (
                  t(item.labelKey)
                )
              }
              rightSection={
                count > 0 ? (
                  <Badge size="sm" circle aria-hidden data-testid="nav-pulse-count">
                    {count}
                  </Badge>
                ) : undefined
              }
              className="nav-link"
              active={pathname === item.path || pathname.startsWith(`${item.path}/`)}
              data-testid={`nav-${item.area}`}
              onClick={closeNav}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <PulseReminder pending={pending} />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
