import { type ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply } from 'fastify';

/** What every "busy, try again" answer says: load shedding, a pool that stayed full (REST, SCIM and GraphQL). */
export const BUSY_MESSAGE = 'The service is busy. Try again in a moment.';
/** Seconds a client should wait before retrying a 503. */
export const RETRY_AFTER_SECONDS = 1;

/** pg-pool's error when no connection came free within connectionTimeoutMillis (DB_ACQUIRE_TIMEOUT_MS): busy, worth a retry. */
export function poolWasBusy(error: unknown): boolean {
  for (let e = error as { message?: unknown; originalError?: unknown; cause?: unknown } | undefined, i = 0; e && i < 4; e = (e.originalError ?? e.cause) as typeof e, i++) {
    if (typeof e.message === 'string' && e.message.includes('timeout exceeded when trying to connect')) return true;
  }
  return false;
}

/** The body of a busy 503 on a REST route, in Nest's own error shape (statusCode, error, message). */
export const busyBody = () => ({ statusCode: HttpStatus.SERVICE_UNAVAILABLE, error: 'Service Unavailable', message: BUSY_MESSAGE });

/**
 * REST routes: a pool that stayed full is a retryable 503 (Retry-After is added by the onSend hook
 * for every 503), not a 500. Everything else goes to Nest's own handling; GraphQL errors are
 * mapped by format-error, so they pass through untouched.
 */
@Catch()
export class PoolBusyFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    if (!poolWasBusy(exception)) return super.catch(exception, host);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(HttpStatus.SERVICE_UNAVAILABLE).send(busyBody());
  }
}
