import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { IdArg } from '../../platform/graphql/id-arg';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequirePermission } from '../../platform/auth/permission.decorator';
import type { GraphQLContext } from '../../platform/auth/request';
import { loadersFrom } from '../people/people.loaders';
import { WeeklySignalModel } from './models/weekly-signal.model';

const num = (v: string | null) => (v === null ? null : Number(v));

@Resolver()
export class SignalsResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => [WeeklySignalModel], { description: 'Weekly workload signals of someone in your reporting line, newest last.' })
  @RequirePermission('signals:read:reporting-line')
  async workloadSignals(
    @CurrentActor() actor: Actor,
    @IdArg('personId') personId: string,
    @Args('weeks', { type: () => Int, defaultValue: 26 }) weeks: number,
    @Context() ctx: GraphQLContext,
  ): Promise<WeeklySignalModel[]> {
    if (!(await loadersFrom(ctx, this.db).canSeeDetails(personId))) throw new NotFoundException('No person with that id.');
    const rows: Array<Record<string, string | null>> = await this.db.query(
      `SELECT to_char(week_start, 'YYYY-MM-DD') AS week_start, contacts_handled, occupancy_pct, overtime_hours, adherence_pct, qa_score, csat
         FROM weekly_signal WHERE organisation_id = $1 AND person_id = $2 ORDER BY week_start DESC LIMIT $3`,
      [actor.organisationId, personId, Math.min(Math.max(weeks, 1), 156)],
    );
    return rows.reverse().map((r) => ({
      weekStart: r.week_start as string,
      contactsHandled: num(r.contacts_handled),
      occupancyPct: num(r.occupancy_pct),
      overtimeHours: num(r.overtime_hours),
      adherencePct: num(r.adherence_pct),
      qaScore: num(r.qa_score),
      csat: num(r.csat),
    }));
  }
}
