import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { BadRequestException } from '@nestjs/common';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { IdArg } from '../../platform/graphql/id-arg';
import { LocalDateScalar } from '../../platform/graphql/date.scalar';
import { WorkModeEnum } from '../people/models/enums';
import { CareerService } from './career.service';
import { CareerLadderInput } from './dto/career-ladder.input';
import { RecordAssessmentInput, RecordCustomerInsightInput, RecordPromotionInput } from './dto/career.input';
import { EquityService } from './equity.service';
import { InsightsService } from './insights.service';
import { LadderService, todayUtc } from './ladder.service';
import { EquityDimensionEnum, InsightStatusEnum } from './models/career-enums';
import {
  AdoptedIdeasByTeamModel,
  CalibrationGridModel,
  CareerPathModel,
  CareerProfileModel,
  CompetencyAssessmentModel,
  CustomerInsightModel,
  InsightPageModel,
  ProgressionSummaryModel,
  PromotionEquityModel,
  ReadinessPageModel,
} from './models/career.model';
import { CareerLadderModel, CareerLadderVersionModel, HrisLevelMappingModel, LadderIssueModel, UnmappedHrisLevelModel } from './models/ladder.model';
import { ProgressionService } from './progression.service';
import { singleLine } from '../../platform/graphql/single-line';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function optionalId(name: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!UUID.test(value)) throw new BadRequestException(`${name} is not a valid id.`);
  return value;
}

/** Career ladders and progression (SPEC §5): the operations of CAREER.md with their permissions. */
@Resolver()
export class CareerResolver {
  constructor(
    private readonly ladders: LadderService,
    private readonly careers: CareerService,
    private readonly progression: ProgressionService,
    private readonly insights: InsightsService,
    private readonly equity: EquityService,
  ) {}

  @Query(() => CareerLadderModel, { nullable: true, description: 'The ladder in effect on a date (default today); null when none is published yet.' })
  @RequirePermission('career:self')
  careerLadder(@CurrentActor() actor: Actor, @Args('asOf', { type: () => LocalDateScalar, nullable: true }) asOf?: string | null): Promise<CareerLadderModel | null> {
    return this.ladders.ladder(actor, asOf);
  }

  @Query(() => CareerLadderModel, { description: 'The support ladder an organisation starts from (versionId "template").' })
  @RequirePermission('career:ladder:manage')
  careerLadderTemplate(): CareerLadderModel {
    return this.ladders.template();
  }

  @Query(() => [CareerLadderVersionModel], { description: 'Every published version, latest first.' })
  @RequirePermission('career:ladder:manage')
  careerLadderVersions(@CurrentActor() actor: Actor): Promise<CareerLadderVersionModel[]> {
    return this.ladders.versions(actor);
  }

  @Query(() => [LadderIssueModel], { description: 'Dry run of publishCareerLadder: the problems that would stop it (empty: publishable).' })
  @RequirePermission('career:ladder:manage')
  validateCareerLadder(@Args('input') input: CareerLadderInput): LadderIssueModel[] {
    return this.ladders.validate(input);
  }

  @Query(() => [HrisLevelMappingModel])
  @RequirePermission('career:ladder:manage')
  hrisLevelMappings(@CurrentActor() actor: Actor): Promise<HrisLevelMappingModel[]> {
    return this.ladders.mappings(actor);
  }

  @Query(() => [UnmappedHrisLevelModel], { description: "HRIS level texts of current people that map to no ladder level (and have no recorded level), with how many carry each." })
  @RequirePermission('career:ladder:manage')
  unmappedHrisLevels(@CurrentActor() actor: Actor): Promise<UnmappedHrisLevelModel[]> {
    return this.ladders.unmapped(actor);
  }

  @Query(() => CareerProfileModel)
  @RequirePermission('career:self')
  myCareer(@CurrentActor() actor: Actor): Promise<CareerProfileModel> {
    return this.careers.profile(actor, actor.personId);
  }

  @Query(() => CareerProfileModel, { description: 'Someone in your reporting line (HR: anyone); NOT_FOUND otherwise.' })
  @RequirePermission('career:read:reporting-line', 'career:read:all')
  careerProfile(@CurrentActor() actor: Actor, @IdArg('personId') personId: string): Promise<CareerProfileModel> {
    return this.careers.profile(actor, personId);
  }

  @Query(() => CareerPathModel, { description: 'The path to a level before it becomes the goal: yours, or (personId) someone you may see.' })
  @RequirePermission('career:self')
  pathTo(
    @CurrentActor() actor: Actor,
    @Args('targetLevelKey', singleLine('targetLevelKey')) targetLevelKey: string,
    @Args('personId', { type: () => ID, nullable: true }) personId?: string | null,
  ): Promise<CareerPathModel> {
    return this.careers.pathTo(actor, optionalId('personId', personId) ?? actor.personId, targetLevelKey);
  }

  @Query(() => ReadinessPageModel, { description: 'Readiness for the next step of everyone in your reporting line (HR: the organisation), by name.' })
  @RequirePermission('career:read:reporting-line', 'career:read:all')
  promotionReadiness(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
    @Args('workMode', { type: () => WorkModeEnum, nullable: true }) workMode?: WorkModeEnum | null,
    @Args('readyOnly', { type: () => Boolean, nullable: true }) readyOnly?: boolean | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => String, nullable: true }, singleLine('after')) after?: string | null,
  ): Promise<ReadinessPageModel> {
    return this.progression.readiness(actor, { teamId: optionalId('teamId', teamId), workMode, readyOnly, first, after });
  }

  @Query(() => ProgressionSummaryModel)
  @RequirePermission('career:read:reporting-line', 'career:read:all')
  progressionSummary(
    @CurrentActor() actor: Actor,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
    @Args('workMode', { type: () => WorkModeEnum, nullable: true }) workMode?: WorkModeEnum | null,
  ): Promise<ProgressionSummaryModel> {
    return this.progression.summary(actor, { teamId: optionalId('teamId', teamId), workMode });
  }

  @Query(() => CalibrationGridModel, { description: 'Self, manager and peer ratings side by side for your reporting line (at most 500 people).' })
  @RequirePermission('career:read:reporting-line', 'career:read:all')
  calibration(@CurrentActor() actor: Actor, @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null): Promise<CalibrationGridModel> {
    return this.progression.calibration(actor, optionalId('teamId', teamId));
  }

  @Query(() => InsightPageModel, { description: 'Your own ideas; managers also their reporting line’s, HR everyone’s. Newest first.' })
  @RequirePermission('career:self')
  customerInsights(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => InsightStatusEnum, nullable: true }) status?: InsightStatusEnum | null,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
    @Args('mine', { type: () => Boolean, nullable: true }) mine?: boolean | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => String, nullable: true }, singleLine('after')) after?: string | null,
  ): Promise<InsightPageModel> {
    return this.insights.list(actor, { status, teamId: optionalId('teamId', teamId), mine, first, after });
  }

  @Query(() => [AdoptedIdeasByTeamModel], { description: 'Accepted and done ideas per team, triaged within the window (default: the last 12 months).' })
  @RequirePermission('career:read:all')
  adoptedIdeasByTeam(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => LocalDateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => LocalDateScalar, nullable: true }) to?: string | null,
  ): Promise<AdoptedIdeasByTeamModel[]> {
    const end = to ?? todayUtc();
    return this.insights.adoptedByTeam(actor, from ?? shiftMonths(end, -12), end);
  }

  @Query(() => PromotionEquityModel, { description: 'Promotion rate and median time to promotion by work mode or team, groups below k hidden (default window: the last 18 months).' })
  @RequirePermission('career:read:all')
  promotionEquity(
    @CurrentActor() actor: Actor,
    @Args('dimension', { type: () => EquityDimensionEnum }) dimension: EquityDimensionEnum,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string | null,
    @Args('from', { type: () => LocalDateScalar, nullable: true }) from?: string | null,
    @Args('to', { type: () => LocalDateScalar, nullable: true }) to?: string | null,
  ): Promise<PromotionEquityModel> {
    const end = to ?? todayUtc();
    return this.equity.report(actor, { dimension, teamId: optionalId('teamId', teamId), from: from ?? shiftMonths(end, -18), to: end });
  }

  @Mutation(() => CareerLadderModel, { description: 'Publishes a whole ladder from a date (BAD_USER_INPUT with extensions.issues when it has problems).' })
  @RequirePermission('career:ladder:manage')
  publishCareerLadder(@CurrentActor() actor: Actor, @Args('input') input: CareerLadderInput): Promise<CareerLadderModel> {
    return this.ladders.publish(actor, input);
  }

  @Mutation(() => [HrisLevelMappingModel], { description: 'Maps an HRIS level text onto a ladder level; a null levelKey removes the mapping.' })
  @RequirePermission('career:ladder:manage')
  mapHrisLevel(
    @CurrentActor() actor: Actor,
    @Args('hrisLevel', singleLine('hrisLevel')) hrisLevel: string,
    @Args('levelKey', { type: () => String, nullable: true }, singleLine('levelKey')) levelKey?: string | null,
  ): Promise<HrisLevelMappingModel[]> {
    return this.ladders.map(actor, hrisLevel, levelKey);
  }

  @Mutation(() => CareerProfileModel, { description: 'Sets your goal: any level reachable from yours.' })
  @RequirePermission('career:self')
  setCareerGoal(@CurrentActor() actor: Actor, @Args('targetLevelKey', singleLine('targetLevelKey')) targetLevelKey: string): Promise<CareerProfileModel> {
    return this.careers.setGoal(actor, targetLevelKey);
  }

  @Mutation(() => CareerProfileModel)
  @RequirePermission('career:self')
  clearCareerGoal(@CurrentActor() actor: Actor): Promise<CareerProfileModel> {
    return this.careers.clearGoal(actor);
  }

  @Mutation(() => CompetencyAssessmentModel, { description: 'SELF for yourself; MANAGER for your reporting line; PEER for a colleague in your team.' })
  @RequirePermission('career:self')
  recordAssessment(@CurrentActor() actor: Actor, @Args('input') input: RecordAssessmentInput): Promise<CompetencyAssessmentModel> {
    return this.careers.recordAssessment(actor, input);
  }

  @Mutation(() => CareerProfileModel, { description: 'Records a promotion or lateral move allowed by the ladder; a retry with the same idempotencyKey records nothing more.' })
  @RequirePermission('career:read:reporting-line', 'career:read:all')
  recordPromotion(@CurrentActor() actor: Actor, @Args('input') input: RecordPromotionInput): Promise<CareerProfileModel> {
    return this.careers.recordPromotion(actor, input);
  }

  @Mutation(() => CustomerInsightModel)
  @RequirePermission('career:self')
  recordCustomerInsight(@CurrentActor() actor: Actor, @Args('input') input: RecordCustomerInsightInput): Promise<CustomerInsightModel> {
    return this.insights.record(actor, input);
  }

  @Mutation(() => CustomerInsightModel, { description: 'NEW → ACCEPTED → DONE, or NEW/ACCEPTED → DECLINED with a reason; your reporting line’s ideas (HR: anyone’s).' })
  @RequirePermission('career:read:reporting-line', 'career:read:all')
  triageCustomerInsight(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Args('status', { type: () => InsightStatusEnum }) status: InsightStatusEnum,
    @Args('declineReason', { type: () => String, nullable: true }) declineReason?: string | null,
  ): Promise<CustomerInsightModel> {
    return this.insights.triage(actor, id, status, declineReason);
  }
}

/** The same day n months earlier or later (clamped to the month's last day). */
export function shiftMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
