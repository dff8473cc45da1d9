import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { GraphQLContext } from '../../platform/auth/request';
import { PersonModel, WorkModePeriodModel } from './models/person.model';
import { TeamModel } from './models/team.model';
import { WorkModeEnum } from './models/enums';
import { loadersFrom } from './people.loaders';
import { toPersonModel, toTeamModel } from './people.mapper';

@Resolver(() => PersonModel)
export class PersonFieldsResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => TeamModel, { nullable: true })
  async team(@Parent() p: PersonModel, @Context() ctx: GraphQLContext): Promise<TeamModel | null> {
    if (!p.teamId) return null;
    const l = loadersFrom(ctx, this.db);
    const t = await l.teamById.load(p.teamId);
    return t && toTeamModel(t, await l.memberCount.load(t.id));
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async manager(@Parent() p: PersonModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    if (!p.managerId) return null;
    const l = loadersFrom(ctx, this.db);
    const m = await l.personById.load(p.managerId);
    return m && toPersonModel(m, await l.canSeeDetails(m.id));
  }

  @ResolveField(() => [PersonModel], { description: 'Current direct reports.' })
  async directReports(@Parent() p: PersonModel, @Context() ctx: GraphQLContext): Promise<PersonModel[]> {
    const l = loadersFrom(ctx, this.db);
    const reports = await l.directReports.load(p.id);
    return Promise.all(reports.map(async (r) => toPersonModel(r, await l.canSeeDetails(r.id))));
  }

  @ResolveField(() => [WorkModePeriodModel], { nullable: true, description: 'Effective-dated work-mode history; HR details.' })
  async workModeHistory(@Parent() p: PersonModel, @Context() ctx: GraphQLContext): Promise<WorkModePeriodModel[] | null> {
    if (!p.detailsVisible) return null;
    const rows = await loadersFrom(ctx, this.db).workModeHistory.load(p.id);
    return rows.map((r) => ({ workMode: r.workMode as WorkModeEnum, effectiveFrom: r.effectiveFrom }));
  }
}

@Resolver(() => TeamModel)
export class TeamFieldsResolver {
  constructor(private readonly db: DataSource) {}

  @ResolveField(() => [PersonModel], { description: 'Current members of this team (not of sub-teams).' })
  async members(@Parent() t: TeamModel, @Context() ctx: GraphQLContext): Promise<PersonModel[]> {
    const l = loadersFrom(ctx, this.db);
    const rows = await l.teamMembers.load(t.id);
    return Promise.all(rows.map(async (r) => toPersonModel(r, await l.canSeeDetails(r.id))));
  }

  @ResolveField(() => [TeamModel], { description: 'Sub-teams, by name.' })
  async children(@Parent() t: TeamModel, @Context() ctx: GraphQLContext): Promise<TeamModel[]> {
    const l = loadersFrom(ctx, this.db);
    const rows = await l.childTeams.load(t.id);
    return Promise.all(rows.map(async (c) => toTeamModel(c, await l.memberCount.load(c.id))));
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async lead(@Parent() t: TeamModel, @Context() ctx: GraphQLContext): Promise<PersonModel | null> {
    if (!t.leadId) return null;
    const l = loadersFrom(ctx, this.db);
    const p = await l.personById.load(t.leadId);
    return p && toPersonModel(p, await l.canSeeDetails(p.id));
  }

  @ResolveField(() => TeamModel, { nullable: true })
  async parent(@Parent() t: TeamModel, @Context() ctx: GraphQLContext): Promise<TeamModel | null> {
    if (!t.parentId) return null;
    const l = loadersFrom(ctx, this.db);
    const p = await l.teamById.load(t.parentId);
    return p && toTeamModel(p, await l.memberCount.load(p.id));
  }
}
