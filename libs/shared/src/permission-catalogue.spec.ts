import { ALL_PERMISSIONS, can, permissionsFor, ROLE_PERMISSIONS, ROLES } from './index';

describe('permission catalogue', () => {
  it('every role grants only catalogue permissions', () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(ALL_PERMISSIONS).toContain(p);
  });
  it('an agent sees only their own profile; HR imports; admins manage users', () => {
    expect([...permissionsFor(['AGENT'])]).toEqual(['profile:self', 'pulse:self', 'career:self']);
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
  it('everyone has their own career; managers their line; HR the organisation, equity and the ladder', () => {
    for (const role of ROLES) expect(can([role], 'career:self')).toBe(true);
    expect(can(['AGENT'], 'career:read:reporting-line')).toBe(false);
    expect(can(['MANAGER'], 'career:read:reporting-line')).toBe(true);
    expect(can(['MANAGER'], 'career:read:all')).toBe(false);
    expect(can(['MANAGER', 'ADMIN', 'AGENT'], 'career:ladder:manage')).toBe(false);
    expect(can(['HR'], 'career:read:all')).toBe(true);
    expect(can(['HR'], 'career:ladder:manage')).toBe(true);
    // Admins run the system, not people's careers.
    expect(can(['ADMIN'], 'career:read:all')).toBe(false);
    expect(can(['ADMIN'], 'career:read:reporting-line')).toBe(false);
  });
});
