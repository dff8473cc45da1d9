import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { PersonEntity } from './entities/person.entity';
import { TeamEntity } from './entities/team.entity';
import { WorkModeChangeEntity } from './entities/work-mode-change.entity';

/** Per-request loaders: batch field lookups and keep every query inside the caller's organisation. */
export class PeopleLoaders {
  constructor(
    private readonly db: DataSource,
    readonly actor: Actor,
  ) {}
  private get org() {
    return this.actor.organisationId;
  }

  readonly personById = new DataLoader<string, PersonEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(PersonEntity).findBy({ organisationId: this.org, id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

  readonly teamById = new DataLoader<string, TeamEntity | null>(async (ids) => {
    const rows = await this.db.getRepository(TeamEntity).findBy({ organisationId: this.org, id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

  readonly directReports = new DataLoader<string, PersonEntity[]>(async (managerIds) => {
    const rows = await this.db
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.organisation_id = :org AND p.manager_id IN (:...ids)', { org: this.org, ids: [...managerIds] })
      .andWhere('(p.exit_date IS NULL OR p.exit_date > current_date)')
      .orderBy('p.last_name').addOrderBy('p.first_name')
      .getMany();
    return managerIds.map((id) => rows.filter((r) => r.managerId === id));
  });

  readonly childTeams = new DataLoader<string, TeamEntity[]>(async (parentIds) => {
    const rows = await this.db.getRepository(TeamEntity).find({
      where: { organisationId: this.org, parentId: In([...parentIds]) },
      order: { name: 'ASC' },
    });
    return parentIds.map((id) => rows.filter((r) => r.parentId === id));
  });

  readonly teamMembers = new DataLoader<string, PersonEntity[]>(async (teamIds) => {
    const rows = await this.db
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.organisation_id = :org AND p.team_id IN (:...ids)', { org: this.org, ids: [...teamIds] })
      .andWhere('(p.exit_date IS NULL OR p.exit_date > current_date)')
      .orderBy('p.last_name').addOrderBy('p.first_name')
      .getMany();
    return teamIds.map((id) => rows.filter((r) => r.teamId === id));
  });

  readonly memberCount = new DataLoader<string, number>(async (teamIds) => {
    const rows: Array<{ team_id: string; n: string }> = await this.db.query(
      `SELECT team_id, count(*) AS n FROM person
        WHERE organisation_id = $1 AND team_id = ANY($2) AND (exit_date IS NULL OR exit_date > current_date)
        GROUP BY team_id`,
      [this.org, [...teamIds]],
    );
    const map = new Map(rows.map((r) => [r.team_id, Number(r.n)]));
    return teamIds.map((id) => map.get(id) ?? 0);
  });

  readonly workModeHistory = new DataLoader<string, WorkModeChangeEntity[]>(async (personIds) => {
    const rows = await this.db.getRepository(WorkModeChangeEntity).find({
      where: { organisationId: this.org, personId: In([...personIds]) },
      order: { effectiveFrom: 'ASC' },
    });
    return personIds.map((id) => rows.filter((r) => r.personId === id));
  });

  /** Everyone below the caller in the reporting line (loaded once per request). */
  private lineCache: Promise<Set<string>> | null = null;
  reportingLine(): Promise<Set<string>> {
    this.lineCache ??= this.db
      .query(
        `WITH RECURSIVE line AS (
           SELECT id FROM person WHERE organisation_id = $1 AND manager_id = $2
           UNION
           SELECT p.id FROM person p JOIN line l ON p.manager_id = l.id WHERE p.organisation_id = $1
         ) SELECT id FROM line`,
        [this.org, this.actor.personId],
      )
      .then((rows: Array<{ id: string }>) => new Set(rows.map((r) => r.id)));
    return this.lineCache;
  }

  /** HR details of a person are visible to the person, to HR/admin, and to managers above them. */
  async canSeeDetails(personId: string): Promise<boolean> {
    if (personId === this.actor.personId || this.actor.permissions.has('people:read:all')) return true;
    if (!this.actor.permissions.has('people:read:reporting-line')) return false;
    return (await this.reportingLine()).has(personId);
  }
}

export function loadersFrom(ctx: { req: { actor?: Actor | null }; loaders?: unknown }, db: DataSource): PeopleLoaders {
  const actor = ctx.req.actor;
  if (!actor) throw new Error('loaders need a signed-in actor');
  if (!(ctx.loaders instanceof PeopleLoaders)) ctx.loaders = new PeopleLoaders(db, actor);
  return ctx.loaders as PeopleLoaders;
}
