import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { GraphQLContext } from '../../platform/auth/request';
import { PersonModel, WorkModePeriodModel } from './models/person.model';
import { TeamModel } from './models/team.model';
import { WorkModeEnum } from './models/enums';
import { loadersFrom } from './people.loaders';
import { toPersonModel, toTeamModel } from './people.mapper';

/*
 * These field resolvers take GraphQL's own (parent, args, context) and no parameter decorators:
 * @nestjs/graphql then calls them directly instead of through its per-call context and pipes
 * (field resolvers run no guards or interceptors here anyway). With @Parent()/@Context(), every
 * call was wrapped in extra promises, and the global ValidationPipe copied each parent into a
 * model instance and validated it: our own object, never client input, twice per person of a
 * page. Adding a parameter decorator stays correct, only slower.
 */
type NoArgs = Record<string, never>;


@Resolver(() => PersonModel)
export class PersonFieldsResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => TeamModel, { nullable: true })
  async team(p: PersonModel, _args: NoArgs, ctx: GraphQLContext): Promise<TeamModel | null> {
    if (!p.teamId) return null;
    const t = await loadersFrom(ctx, this.db).teamById.load(p.teamId);
    return t && toTeamModel(t);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async manager(p: PersonModel, _args: NoArgs, ctx: GraphQLContext): Promise<PersonModel | null> {
    if (!p.managerId) return null;
    const l = loadersFrom(ctx, this.db);
    const m = await l.personById.load(p.managerId);
    return m && toPersonModel(m, await l.canSeeDetails(m.id));
  }

  @ResolveField(() => [PersonModel], { description: 'Current direct reports.' })
  async directReports(p: PersonModel, _args: NoArgs, ctx: GraphQLContext): Promise<PersonModel[]> {
    const l = loadersFrom(ctx, this.db);
    const reports = await l.directReports.load(p.id);
    return Promise.all(reports.map(async (r) => toPersonModel(r, await l.canSeeDetails(r.id))));
  }

  @ResolveField(() => [WorkModePeriodModel], { nullable: true, description: 'Effective-dated work-mode history; HR details.' })
  async workModeHistory(p: PersonModel, _args: NoArgs, ctx: GraphQLContext): Promise<WorkModePeriodModel[] | null> {
    if (!p.detailsVisible) return null;
    const rows = await loadersFrom(ctx, this.db).workModeHistory.load(p.id);
    return rows.map((r) => ({ workMode: r.workMode as WorkModeEnum, effectiveFrom: r.effectiveFrom }));
  }
}

@Resolver(() => TeamModel)
export class TeamFieldsResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => [PersonModel], { description: 'Current members of this team (not of sub-teams).' })
  async members(t: TeamModel, _args: NoArgs, ctx: GraphQLContext): Promise<PersonModel[]> {
    const l = loadersFrom(ctx, this.db);
    const rows = await l.teamMembers.load(t.id);
    return Promise.all(rows.map(async (r) => toPersonModel(r, await l.canSeeDetails(r.id))));
  }

  @ResolveField(() => Int, { description: 'Active people directly in this team.' })
  async memberCount(t: TeamModel, _args: NoArgs, ctx: GraphQLContext): Promise<number> {
    return loadersFrom(ctx, this.db).memberCount.load(t.id);
  }

  @ResolveField(() => [TeamModel], { description: 'Sub-teams, by name.' })
  async children(t: TeamModel, _args: NoArgs, ctx: GraphQLContext): Promise<TeamModel[]> {
    return (await loadersFrom(ctx, this.db).childTeams.load(t.id)).map(toTeamModel);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async lead(t: TeamModel, _args: NoArgs, ctx: GraphQLContext): Promise<PersonModel | null> {
    if (!t.leadId) return null;
    const l = loadersFrom(ctx, this.db);
    const p = await l.personById.load(t.leadId);
    return p && toPersonModel(p, await l.canSeeDetails(p.id));
  }

  @ResolveField(() => TeamModel, { nullable: true })
  async parent(t: TeamModel, _args: NoArgs, ctx: GraphQLContext): Promise<TeamModel | null> {
    if (!t.parentId) return null;
    const p = await loadersFrom(ctx, this.db).teamById.load(t.parentId);
    return p && toTeamModel(p);
  }
}
