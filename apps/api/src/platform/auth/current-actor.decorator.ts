import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Actor } from './actor';
import { requestOf } from './request';

/** The signed-in caller; the guard has already refused anonymous calls to non-public operations. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const actor = requestOf(ctx).actor;
  if (!actor) throw new UnauthorizedException('Sign in first.');
  return actor;
});
