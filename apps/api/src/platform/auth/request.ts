import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TenantScope } from '../../database/tenant-context';
import type { Actor } from './actor';

export type PulseRequest = FastifyRequest & { actor?: Actor | null; tenantScope?: TenantScope };

export type GraphQLContext = { req: PulseRequest; reply: FastifyReply; loaders?: unknown };

export function requestOf(context: ExecutionContext): PulseRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<PulseRequest>();
}

export function replyOf(context: ExecutionContext): FastifyReply {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().reply;
  }
  return context.switchToHttp().getResponse<FastifyReply>();
}
