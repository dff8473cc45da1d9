import type { Permission, Role } from '@pulse/shared';
import { permissionsFor } from '@pulse/shared';

/** Who is calling: resolved once per request from the session cookie. */
export type Actor = {
  accountId: string;
  personId: string;
  organisationId: string;
  roles: Role[];
  permissions: Set<Permission>;
  sessionId: string;
};

export function makeActor(a: Omit<Actor, 'permissions'>): Actor {
  return { ...a, permissions: permissionsFor(a.roles) };
}
