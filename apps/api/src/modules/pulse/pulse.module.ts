import { Module } from '@nestjs/common';
import { PulseAnalyticsResolver } from './pulse-analytics.resolver';
import { PulseAnalyticsService } from './pulse-analytics.service';
import { PulseAttentionResolver } from './pulse-attention.resolver';
import { PulseAttentionService } from './pulse-attention.service';
import { PulseResultsFieldsResolver } from './pulse-results-fields.resolver';
import { PulseRollupService } from './pulse-rollup.service';
import { PulseResolver } from './pulse.resolver';
import { PulseService } from './pulse.service';

/** Answering pulses, rollups with suppression, and the results managers and HR read (SPEC §4). */
@Module({
  providers: [PulseService, PulseResolver, PulseRollupService, PulseAnalyticsService, PulseAnalyticsResolver, PulseResultsFieldsResolver, PulseAttentionService, PulseAttentionResolver],
  exports: [PulseRollupService],
})
export class PulseModule {}
