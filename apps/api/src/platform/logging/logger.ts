import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * One structured JSON logger for the whole process. Secrets and personal answers are redacted by
 * path, so even a careless `log.info({ input })` cannot write a password or a survey answer.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({
    level,
    base: { service: 'pulse-api' },
    redact: {
      paths: [
        'password', '*.password', 'input.password', 'req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.answers', 'answers',
        // Database errors carry the statement's parameters and "Failing row contains (…)": personal data.
        'err.parameters', 'err.detail', 'err.driverError.parameters', 'err.driverError.detail', 'err.query',
      ],
      censor: '[redacted]',
    },
  }, destination);
}

/** Routes Nest's own log calls into pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
