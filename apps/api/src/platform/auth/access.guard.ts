import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { bindOrganisation } from '../../database/tenant-context';
import { ACCESS_KEY, type Access } from './permission.decorator';
import { requestOf } from './request';
import { SESSION_COOKIE, SessionService } from './session.service';

/**
 * Global default-deny guard. An operation without a declaration is refused, so a forgotten
 * decorator fails closed (and the permission snapshot test shows it).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const req = requestOf(context);
    // Declared only through ScimBearer(), which also attaches the guard that checks the token and
    // names the request's organisation; a session cookie sent along plays no part.
    if (access?.kind === 'scim-token') return true;
    if (req.actor === undefined) {
      const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
      req.actor = token ? await this.sessions.resolve(token) : null;
      // From here on every statement of this request is scoped to the actor's organisation.
      if (req.actor) bindOrganisation(req.tenantScope, req.actor.organisationId);
    }
    if (!access) throw new ForbiddenException('This operation declares no permission and is refused.');
    if (access.kind === 'public') return true;
    if (!req.actor) throw new UnauthorizedException('Sign in first.');
    if (access.kind === 'authenticated') return true;
    if (!access.anyOf.some((p) => req.actor!.permissions.has(p))) throw new ForbiddenException('You do not have permission to do this.');
    return true;
  }
}
