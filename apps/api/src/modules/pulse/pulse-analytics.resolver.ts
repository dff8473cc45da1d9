import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ID } from '@nestjs/graphql';
import { BadRequestException } from '@nestjs/common';
import { isIsoDate } from '@pulse/domain-people';
import type { Actor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import { IdArg } from '../../platform/graphql/id-arg';
import { CreateActionPlanInput, PulseResultsArgs } from './dto/pulse-results.args';
import { ActionPlanModel, PulseAlertModel, PulseHeatmapModel, PulseResultsModel } from './models/pulse-results.model';
import { PulseAnalyticsService } from './pulse-analytics.service';
import { singleLine } from '../../platform/graphql/single-line';

@Resolver()
export class PulseAnalyticsResolver {
  constructor(private readonly analytics: PulseAnalyticsService) {}

  @Query(() => PulseResultsModel, { description: 'Suppressed wellbeing results of a team (or the organisation): latest closed wave, breakdowns and trends.' })
  @RequirePermission('pulse:results:reporting-line', 'pulse:results:all')
  pulseResults(@CurrentActor() actor: Actor, @Args() args: PulseResultsArgs): Promise<PulseResultsModel> {
    return this.analytics.results(actor, args);
  }

  @Query(() => PulseHeatmapModel, { description: 'Teams × measures of the latest closed wave.' })
  @RequirePermission('pulse:results:all')
  pulseHeatmap(@CurrentActor() actor: Actor, @Args('programId', { type: () => ID, nullable: true }) programId?: string): Promise<PulseHeatmapModel> {
    if (programId && !/^[0-9a-f-]{36}$/i.test(programId)) throw new BadRequestException('programId is not a valid id.');
    return this.analytics.heatmap(actor, programId);
  }

  @Query(() => [PulseAlertModel], { description: 'Early warnings for groups you may see (burnout rising, participation falling; groups of at least k only).' })
  @RequirePermission('pulse:results:reporting-line', 'pulse:results:all')
  pulseAlerts(@CurrentActor() actor: Actor, @Args('first', { type: () => Int, defaultValue: 20 }) first: number): Promise<PulseAlertModel[]> {
    return this.analytics.alerts(actor, Math.min(Math.max(first, 1), 100));
  }

  @Query(() => [ActionPlanModel], { description: 'Action plans of a team you may see (or all of them), with the target measure before and after.' })
  @RequirePermission('pulse:results:reporting-line', 'pulse:results:all')
  actionPlans(@CurrentActor() actor: Actor, @Args('teamId', { type: () => ID, nullable: true }) teamId?: string): Promise<ActionPlanModel[]> {
    if (teamId && !/^[0-9a-f-]{36}$/i.test(teamId)) throw new BadRequestException('teamId is not a valid id.');
    return this.analytics.actionPlans(actor, teamId);
  }

  @Mutation(() => ActionPlanModel, { description: 'Records an action for a team. Safe to retry: the same title, measure and due date is stored once.' })
  @RequirePermission('pulse:results:reporting-line', 'pulse:results:all')
  createActionPlan(@CurrentActor() actor: Actor, @Args('input') input: CreateActionPlanInput): Promise<ActionPlanModel> {
    if (!isIsoDate(input.dueOn)) throw new BadRequestException('dueOn must be a real calendar date written YYYY-MM-DD.');
    return this.analytics.createActionPlan(actor, input);
  }

  @Mutation(() => ActionPlanModel)
  @RequirePermission('pulse:results:reporting-line', 'pulse:results:all')
  setActionPlanStatus(
    @CurrentActor() actor: Actor,
    @IdArg('id') id: string,
    @Args('status', { type: () => String }, singleLine('status')) status: string,
  ): Promise<ActionPlanModel> {
    if (status !== 'OPEN' && status !== 'DONE' && status !== 'CANCELLED') throw new BadRequestException('status must be OPEN, DONE or CANCELLED.');
    return this.analytics.setActionPlanStatus(actor, id, status);
  }
}
