import { ALL_PERMISSIONS, permissionsFor, type Permission, type Role } from '@pulse/shared';

function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}

/**
 * What the signed-in account may do. The server's list is the truth (it may grant or withhold more
 * than the role table); the shared role table is only the fallback when the server sends none.
 */
export function effectivePermissions(me: { roles: readonly Role[]; permissions: readonly string[] }): ReadonlySet<Permission> {
  if (me.permissions.length > 0) return new Set(me.permissions.filter(isPermission));
  return permissionsFor(me.roles);
}
