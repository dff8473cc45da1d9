import type { Role } from './roles';

/**
 * The permission catalogue shared by the API (guards) and the web app (what to show).
 * Every GraphQL operation and REST route declares exactly one of these, `PUBLIC`, or `AUTHENTICATED`.
 */
export const PERMISSIONS = {
  /** Read and edit one's own profile. */
  'profile:self': 'Read and edit your own profile',
  /** People in the caller's reporting line (direct and indirect reports). */
  'people:read:reporting-line': 'See people in your reporting line',
  /** Every person in the organisation. */
  'people:read:all': 'See everyone in the organisation',
  'people:write': 'Edit people, teams, work modes and exits',
  'people:import': 'Import and export people (HRIS CSV)',
  'signals:import': 'Import weekly workload and quality signals',
  'signals:read:reporting-line': 'See workload signals of your reporting line',
  'org:settings': 'Change organisation settings',
  'users:manage': 'Manage users and roles',
  /** Who may connect an identity provider: it decides who can sign in and who gets an account. */
  'sso:manage': 'Configure single sign-on (OpenID Connect) and SCIM provisioning tokens',
  'audit:read': 'Read the audit log',
  /** Answer one's own pulses and read one's own (private) wellbeing history. */
  'pulse:self': 'Answer your pulses and see your own wellbeing history',
  /** Suppressed aggregates of teams led by the caller or anyone in their reporting line. */
  'pulse:results:reporting-line': 'See wellbeing results of teams in your reporting line',
  'pulse:results:all': 'See wellbeing results of the whole organisation',
  'pulse:programs:manage': 'Create and run pulse survey programs (audience, cadence, rotation)',
  /** GDPR Art. 17: remove a person's personal data on request; published aggregates stay. */
  'people:erase': "Erase a person's personal data on request",
  /** One's own career: level, goal and path, self-assessments, own customer insights; read the ladder. */
  'career:self': 'See your career path, set a goal, assess yourself and record customer insights',
  /** Career, readiness and assessments of the caller's reporting line; assess, promote and triage ideas there. */
  'career:read:reporting-line': 'See and assess the careers of your reporting line, record their promotions and triage their ideas',
  /** The whole organisation's careers, promotion equity analytics and adopted ideas by team. */
  'career:read:all': 'See careers, promotion equity and adopted ideas across the organisation',
  'career:ladder:manage': 'Publish career ladder versions and map HRIS levels onto them',
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  AGENT: ['profile:self', 'pulse:self', 'career:self'],
  MANAGER: ['profile:self', 'pulse:self', 'people:read:reporting-line', 'signals:read:reporting-line', 'pulse:results:reporting-line', 'career:self', 'career:read:reporting-line'],
  HR: [
    'profile:self',
    'people:read:reporting-line',
    'people:read:all',
    'people:write',
    'people:import',
    'signals:import',
    'signals:read:reporting-line',
    'pulse:self',
    'pulse:results:reporting-line',
    'pulse:results:all',
    'pulse:programs:manage',
    'people:erase',
    'career:self',
    'career:read:reporting-line',
    'career:read:all',
    'career:ladder:manage',
  ],
  ADMIN: ['profile:self', 'pulse:self', 'people:read:all', 'org:settings', 'users:manage', 'sso:manage', 'audit:read', 'career:self'],
};

export function permissionsFor(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) out.add(p);
  return out;
}

export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
