import { Context, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../platform/auth/request';
import { PulseResultsModel, PulseResultsTeamModel } from './models/pulse-results.model';
import { PulseAnalyticsService } from './pulse-analytics.service';

/** The team picker of the results page: the caller's whole scope, loaded only when asked for. */
@Resolver(() => PulseResultsModel)
export class PulseResultsFieldsResolver {
  constructor(private readonly analytics: PulseAnalyticsService) {}

  @ResolveField(() => [PulseResultsTeamModel], { description: 'Teams you may look at.' })
  async teams(@Context() ctx: GraphQLContext): Promise<PulseResultsTeamModel[]> {
    const actor = ctx.req.actor;
    if (!actor) return [];
    return [...(await this.analytics.scope(actor)).teams.values()].map(({ id, name, path }) => ({ id, name, path }));
  }
}
