import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@pulse/shared';

export const ACCESS_KEY = 'pulse:access';

/**
 * What an operation requires: nothing, a signed-in user, one permission from the shared catalogue,
 * or an organisation's SCIM bearer token (checked by the route's own guard, see ScimBearer).
 */
export type Access = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; anyOf: Permission[] } | { kind: 'scim-token' };

export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies Access);
/** Allowed when the caller holds at least one of the listed permissions. */
export const RequirePermission = (...anyOf: [Permission, ...Permission[]]) =>
  SetMetadata(ACCESS_KEY, { kind: 'permission', anyOf } satisfies Access);
