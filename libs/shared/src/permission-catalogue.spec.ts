import { ALL_PERMISSIONS, can, permissionsFor, ROLE_PERMISSIONS, ROLES } from './index';

describe('permission catalogue', () => {
  it('every role grants only catalogue permissions', () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(ALL_PERMISSIONS).toContain(p);
  });
  it('an agent sees only their own profile; HR imports; admins manage users', () => {
    expect([...permissionsFor(['AGENT'])]).toEqual(['profile:self', 'pulse:self']);
    expect(can(['AGENT'], 'pulse:results:reporting-line')).toBe(false);
    expect(can(['MANAGER'], 'pulse:results:all')).toBe(false);
    expect(can(['AGENT', 'HR'], 'people:import')).toBe(true);
    expect(can(['MANAGER'], 'people:read:all')).toBe(false);
    expect(can(['ADMIN'], 'users:manage')).toBe(true);
    expect(can(['ADMIN'], 'sso:manage')).toBe(true);
    expect(can(['AGENT', 'MANAGER', 'HR'], 'sso:manage')).toBe(false);
    expect(can(['HR'], 'pulse:programs:manage')).toBe(true);
    expect(can(['AGENT', 'MANAGER', 'ADMIN'], 'pulse:programs:manage')).toBe(false);
  });
});
