import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '../auth/permission.decorator';
import type { Metrics } from './metrics';

export const MetricsToken = Symbol('Metrics');

@Controller()
export class MetricsController {
  constructor(@Inject(MetricsToken) private readonly metrics: Metrics) {}

  @Get('metrics')
  @Public()
  @Header('content-type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
