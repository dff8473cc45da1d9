import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import type { PersonEntity } from './entities/person.entity';
import type { TeamEntity } from './entities/team.entity';
import { WorkModeChangeEntity } from './entities/work-mode-change.entity';

/**
 * The columns of `person p`, named like PersonEntity's properties, so a raw row is the entity
 * without TypeORM's hydration (a measurable share of a directory request). Dates as text, as
 * TypeORM gives `date` columns.
 */
export const PERSON_COLUMNS = `p.id, p.organisation_id AS "organisationId", p.hris_id AS "hrisId", p.email,
  p.first_name AS "firstName", p.last_name AS "lastName", p.job_title AS "jobTitle", p.level,
  p.team_id AS "teamId", p.manager_id AS "managerId", p.work_mode AS "workMode", p.site,
  p.time_zone AS "timeZone", p.shift_pattern AS "shiftPattern", p.language,
  to_char(p.hire_date, 'YYYY-MM-DD') AS "hireDate", to_char(p.exit_date, 'YYYY-MM-DD') AS "exitDate",
  p.exit_reason AS "exitReason", p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

/** The columns of `team t`, named like TeamEntity's properties. */
export const TEAM_COLUMNS = `t.id, t.organisation_id AS "organisationId", t.parent_id AS "parentId", t.name, t.path,
  t.lead_id AS "leadId", t.created_at AS "createdAt"`;

const ACTIVE = '(p.exit_date IS NULL OR p.exit_date > current_date)';

function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K | null): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) {
    const k = keyOf(r);
    if (k !== null) groups.get(k)?.push(r);
  }
  return keys.map((k) => groups.get(k)!);
}

function byId<R extends { id: string }>(ids: readonly string[], rows: R[]): Array<R | null> {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Per-request loaders: batch field lookups and keep every query inside the caller's organisation. */
export class PeopleLoaders {
  constructor(
    private readonly db: DataSource,
    readonly actor: Actor,
  ) {}
  private get org() {
    return this.actor.organisationId;
  }

  readonly personById = new DataLoader<string, PersonEntity | null>(async (ids) =>
    byId<PersonEntity>(ids, await this.db.query(`SELECT ${PERSON_COLUMNS} FROM person p WHERE p.organisation_id = $1 AND p.id = ANY($2::uuid[])`, [this.org, ids])),
  );

  readonly teamById = new DataLoader<string, TeamEntity | null>(async (ids) =>
    byId<TeamEntity>(ids, await this.db.query(`SELECT ${TEAM_COLUMNS} FROM team t WHERE t.organisation_id = $1 AND t.id = ANY($2::uuid[])`, [this.org, ids])),
  );

  readonly directReports = new DataLoader<string, PersonEntity[]>(async (managerIds) => {
    const rows: PersonEntity[] = await this.db.query(
      `SELECT ${PERSON_COLUMNS} FROM person p
        WHERE p.organisation_id = $1 AND p.manager_id = ANY($2::uuid[]) AND ${ACTIVE}
        ORDER BY p.last_name, p.first_name`,
      [this.org, managerIds],
    );
    return byKey(managerIds, rows, (r) => r.managerId);
  });

  readonly childTeams = new DataLoader<string, TeamEntity[]>(async (parentIds) => {
    const rows: TeamEntity[] = await this.db.query(
      `SELECT ${TEAM_COLUMNS} FROM team t WHERE t.organisation_id = $1 AND t.parent_id = ANY($2::uuid[]) ORDER BY t.name`,
      [this.org, parentIds],
    );
    return byKey(parentIds, rows, (r) => r.parentId);
  });

  readonly teamMembers = new DataLoader<string, PersonEntity[]>(async (teamIds) => {
    const rows: PersonEntity[] = await this.db.query(
      `SELECT ${PERSON_COLUMNS} FROM person p
        WHERE p.organisation_id = $1 AND p.team_id = ANY($2::uuid[]) AND ${ACTIVE}
        ORDER BY p.last_name, p.first_name`,
      [this.org, teamIds],
    );
    return byKey(teamIds, rows, (r) => r.teamId);
  });

  readonly memberCount = new DataLoader<string, number>(async (teamIds) => {
    const rows: Array<{ team_id: string; n: string }> = await this.db.query(
      `SELECT p.team_id, count(*) AS n FROM person p
        WHERE p.organisation_id = $1 AND p.team_id = ANY($2::uuid[]) AND ${ACTIVE}
        GROUP BY p.team_id`,
      [this.org, teamIds],
    );
    const map = new Map(rows.map((r) => [r.team_id, Number(r.n)]));
    return teamIds.map((id) => map.get(id) ?? 0);
  });

  readonly workModeHistory = new DataLoader<string, WorkModeChangeEntity[]>(async (personIds) => {
    const rows = await this.db.getRepository(WorkModeChangeEntity).find({
      where: { organisationId: this.org, personId: In([...personIds]) },
      order: { effectiveFrom: 'ASC' },
    });
    return byKey(personIds, rows, (r) => r.personId);
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
    // No query for HR/admin or for oneself: only managers need their reporting line.
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
