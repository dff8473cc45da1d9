import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import { SCIM_ERROR_SCHEMA, ScimError } from '@pulse/domain-identity';
import { LoggerToken } from '../../../platform/config.provider';
import { BUSY_MESSAGE, poolWasBusy } from '../../../platform/http/busy';

export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

/** Every SCIM failure as an RFC 7644 §3.12 Error resource, never Nest's own error shape. */
@Catch()
export class ScimErrorFilter implements ExceptionFilter {
  constructor(@Inject(LoggerToken) private readonly log: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let status = 500;
    let detail: string;
    let scimType: string | undefined;
    if (exception instanceof ScimError) {
      status = exception.status;
      detail = exception.detail;
      scimType = exception.scimType;
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
      detail = Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
    } else if (poolWasBusy(exception)) {
      // Retryable: the onSend hook adds Retry-After to every 503.
      status = 503;
      detail = BUSY_MESSAGE;
    } else {
      const errorId = randomUUID();
      this.log.error({ errorId, err: exception }, 'unexpected SCIM error');
      detail = `Something went wrong on our side (error id ${errorId}). Nothing was changed.`;
    }
    if (status === 401) reply.header('www-authenticate', 'Bearer realm="scim"');
    void reply
      .status(status)
      .header('content-type', SCIM_CONTENT_TYPE)
      .send(JSON.stringify({ schemas: [SCIM_ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail }));
  }
}
