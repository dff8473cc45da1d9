import type { Permission } from '@pulse/shared';

export type AreaId = 'profile' | 'pulse' | 'career' | 'team' | 'wellbeing' | 'progression' | 'people' | 'import' | 'programs' | 'ladder' | 'careerAnalytics' | 'admin';

export type NavItem = {
  area: AreaId;
  path: string;
  /** i18n key of the link text (also its accessible name). */
  labelKey:
    | 'nav.profile'
    | 'nav.pulse'
    | 'nav.career'
    | 'nav.team'
    | 'nav.wellbeing'
    | 'nav.progression'
    | 'nav.people'
    | 'nav.import'
    | 'nav.programs'
    | 'nav.ladder'
    | 'nav.careerAnalytics'
    | 'nav.admin';
  /** Shown when the account holds ANY of these. */
  anyOf: readonly Permission[];
};

export const NAV_ITEMS: readonly NavItem[] = [
  { area: 'profile', path: '/profile', labelKey: 'nav.profile', anyOf: ['profile:self'] },
  { area: 'pulse', path: '/pulse', labelKey: 'nav.pulse', anyOf: ['pulse:self'] },
  { area: 'career', path: '/career', labelKey: 'nav.career', anyOf: ['career:self'] },
  { area: 'team', path: '/team', labelKey: 'nav.team', anyOf: ['people:read:reporting-line'] },
  { area: 'wellbeing', path: '/wellbeing', labelKey: 'nav.wellbeing', anyOf: ['pulse:results:reporting-line', 'pulse:results:all'] },
  { area: 'progression', path: '/progression', labelKey: 'nav.progression', anyOf: ['career:read:reporting-line', 'career:read:all'] },
  { area: 'people', path: '/people', labelKey: 'nav.people', anyOf: ['people:read:all'] },
  { area: 'import', path: '/import', labelKey: 'nav.import', anyOf: ['people:import', 'signals:import'] },
  { area: 'programs', path: '/pulse-programs', labelKey: 'nav.programs', anyOf: ['pulse:programs:manage'] },
  { area: 'ladder', path: '/ladder', labelKey: 'nav.ladder', anyOf: ['career:ladder:manage'] },
  { area: 'careerAnalytics', path: '/career-analytics', labelKey: 'nav.careerAnalytics', anyOf: ['career:read:all'] },
  { area: 'admin', path: '/organisation', labelKey: 'nav.admin', anyOf: ['org:settings', 'users:manage'] },
];

export function allowed(item: Pick<NavItem, 'anyOf'>, permissions: ReadonlySet<Permission>): boolean {
  return item.anyOf.some((p) => permissions.has(p));
}

export function navItemsFor(permissions: ReadonlySet<Permission>): NavItem[] {
  return NAV_ITEMS.filter((item) => allowed(item, permissions));
}

export function areaItem(area: AreaId): NavItem {
  const item = NAV_ITEMS.find((i) => i.area === area);
  if (!item) throw new Error(`unknown area ${area}`);
  return item;
}
