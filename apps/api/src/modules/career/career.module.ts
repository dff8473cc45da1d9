import { Module } from '@nestjs/common';
import { CareerResolver } from './career.resolver';
import { CareerService } from './career.service';
import { EquityService } from './equity.service';
import { InsightsService } from './insights.service';
import { LadderService } from './ladder.service';
import { ProgressionService } from './progression.service';

/** Career ladders, assessments, paths, promotions, customer insights and promotion equity (SPEC §5). */
@Module({
  providers: [LadderService, CareerService, ProgressionService, InsightsService, EquityService, CareerResolver],
})
export class CareerModule {}
