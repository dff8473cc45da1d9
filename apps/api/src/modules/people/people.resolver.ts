import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { IdArg } from '../../platform/graphql/id-arg';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Authenticated, RequirePermission } from '../../platform/auth/permission.decorator';
import { PeopleArgs } from './dto/people.args';
import { ChangeWorkModeInput, RecordExitInput, UpdateMyProfileInput } from './dto/people.input';
import { PersonModel, PersonPageModel } from './models/person.model';
import { TeamModel } from './models/team.model';
import { toPersonModel, toTeamModel } from './people.mapper';
import { PeopleService } from './people.service';
import type { GraphQLContext } from '../../platform/auth/request';
import { loadersFrom } from './people.loaders';

@Resolver()
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly db: DataSource,
  ) {}

  @Query(() => PersonPageModel, { description: 'The people directory: your reporting line, or everyone for HR.' })
  @RequirePermission('people:read:reporting-line', 'people:read:all')
  async people(@CurrentActor() actor: Actor, @Args() args: PeopleArgs): Promise<PersonPageModel> {
    const { items, total } = await this.service.list(actor, args);
    // Every listed person is in scope, so their details are visible.
    return { items: items.map((p) => toPersonModel(p, true)), total };
  }

  @Query(() => PersonModel, { description: 'One colleague; HR details only when they are in your scope.' })
  @Authenticated()
  async person(@CurrentActor() actor: Actor, @IdArg('id') id: string, @Context() ctx: GraphQLContext): Promise<PersonModel> {
    const p = await this.service.get(actor, id);
    // The request's loaders: the reporting line is computed once for this field and its children.
    return toPersonModel(p, await loadersFrom(ctx, this.db).canSeeDetails(p.id));
  }

  @Query(() => [TeamModel], { description: 'All teams of the organisation, flat; build the tree from parentId.' })
  @Authenticated()
  async teams(@CurrentActor() actor: Actor): Promise<TeamModel[]> {
    return (await this.service.teams(actor)).map(toTeamModel);
  }

  @Query(() => TeamModel)
  @Authenticated()
  async team(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<TeamModel> {
    return toTeamModel(await this.service.team(actor, id));
  }

  @Query(() => [String], { description: 'Sites that people work from.' })
  @Authenticated()
  sites(@CurrentActor() actor: Actor): Promise<string[]> {
    return this.service.sites(actor);
  }

  @Mutation(() => PersonModel, { description: 'Records a work-mode change from a date (effective-dated history).' })
  @RequirePermission('people:write')
  async changeWorkMode(@CurrentActor() actor: Actor, @Args('input') input: ChangeWorkModeInput): Promise<PersonModel> {
    return toPersonModel(await this.service.changeWorkMode(actor, input), true);
  }

  @Mutation(() => PersonModel, { description: 'Records that a person left, and why.' })
  @RequirePermission('people:write')
  async recordExit(@CurrentActor() actor: Actor, @Args('input') input: RecordExitInput): Promise<PersonModel> {
    return toPersonModel(await this.service.recordExit(actor, input), true);
  }

  @Mutation(() => PersonModel)
  @RequirePermission('profile:self')
  async updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateMyProfileInput): Promise<PersonModel> {
    return toPersonModel(await this.service.updateMyProfile(actor, input), true);
  }
}
