import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata, UnauthorizedException, UseFilters, UseGuards } from '@nestjs/common';
import { bindOrganisation } from '../../../database/tenant-context';
import { ACCESS_KEY, type Access } from '../../../platform/auth/permission.decorator';
import type { PulseRequest } from '../../../platform/auth/request';
import { ScimErrorFilter } from './scim-error.filter';
import { type ScimCaller, ScimTokenService } from './scim-token.service';

export type ScimRequest = PulseRequest & { scim?: ScimCaller };

@Injectable()
export class ScimBearerGuard implements CanActivate {
  constructor(private readonly tokens: ScimTokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<ScimRequest>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
    const caller = match ? await this.tokens.resolve(match[1]) : null;
    // One answer for a missing, unknown and revoked token: nothing to learn by probing.
    if (!caller) throw new UnauthorizedException('A valid SCIM bearer token is required.');
    req.scim = caller;
    // From here on every statement of this request is scoped to the token's organisation (ADR 0013).
    bindOrganisation(req.tenantScope, caller.organisationId);
    return true;
  }
}

/** Declares (for the permission snapshot) and enforces an organisation's SCIM bearer token; errors are SCIM Error resources. */
export const ScimBearer = () =>
  applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'scim-token' } satisfies Access), UseGuards(ScimBearerGuard), UseFilters(ScimErrorFilter));
