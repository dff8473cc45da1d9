import { Controller, Get, Header, Headers, Inject, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/permission.decorator';
import type { AppConfig } from '../config';
import { AppConfigToken } from '../config.provider';
import type { Metrics } from './metrics';

export const MetricsToken = Symbol('Metrics');

/** Compares digests so neither the token's content nor its length leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Prometheus scrape endpoint. Route names, latencies and process figures tell an attacker what runs
 * and how busy it is, so it is off (404) unless METRICS_TOKEN is set, and then needs that bearer token.
 */
@Controller()
export class MetricsController {
  constructor(
    @Inject(MetricsToken) private readonly metrics: Metrics,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  @Get('metrics')
  // Not a session permission: the scraper authenticates with the metrics token checked here.
  @Public()
  @Header('content-type', 'text/plain; version=0.0.4')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    const expected = this.config.metricsToken;
    if (!expected) throw new NotFoundException('Cannot GET /metrics');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match || !sameSecret(match[1], expected)) throw new UnauthorizedException('GET /metrics needs the metrics bearer token.');
    return this.metrics.registry.metrics();
  }
}
