import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isTimeZone, workModeOn } from '@pulse/domain-people';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../audit/audit.service';
import type { PeopleArgs } from './dto/people.args';
import type { ChangeWorkModeInput, RecordExitInput, UpdateMyProfileInput } from './dto/people.input';
import { PersonEntity } from './entities/person.entity';
import { TeamEntity } from './entities/team.entity';
import { WorkModeChangeEntity } from './entities/work-mode-change.entity';
import { PERSON_COLUMNS } from './people.loaders';
import { applyExitsToAccounts, todayUtc } from '../identity/account-access';

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class PeopleService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The directory: HR/admin see everyone, managers their reporting line. One statement gives the
   * page and the total; only a page past the end needs a second one for the total. The page is
   * chosen on the sort key alone and joined back, so a 50 000-person organisation does not build
   * every row's columns (nor spill a window of them to disk, as `count(*) OVER ()` does).
   */
  async list(actor: Actor, args: PeopleArgs): Promise<{ items: PersonEntity[]; total: number }> {
    const f = args.filter ?? {};
    const params: unknown[] = [actor.organisationId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['p.organisation_id = $1'];
    if (!actor.permissions.has('people:read:all') || f.reportingLineOnly) {
      where.push(`p.id IN (WITH RECURSIVE line AS (
           SELECT id FROM person WHERE organisation_id = $1 AND manager_id = ${param(actor.personId)}
           UNION SELECT c.id FROM person c JOIN line l ON c.manager_id = l.id WHERE c.organisation_id = $1
         ) SELECT id FROM line)`);
    }
    if (f.teamId) {
      where.push(`p.team_id IN (WITH RECURSIVE sub AS (
           SELECT id FROM team WHERE organisation_id = $1 AND id = ${param(f.teamId)}
           UNION SELECT t.id FROM team t JOIN sub s ON t.parent_id = s.id WHERE t.organisation_id = $1
         ) SELECT id FROM sub)`);
    }
    if (f.workMode) where.push(`p.work_mode = ${param(f.workMode)}`);
    if (f.site) where.push(`p.site = ${param(f.site)}`);
    if (f.search?.trim()) {
      const like = param(`%${f.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(p.first_name || ' ' || p.last_name ILIKE ${like} OR p.email ILIKE ${like} OR p.hris_id ILIKE ${like})`);
    }
    if (!f.includeExited) where.push('(p.exit_date IS NULL OR p.exit_date > current_date)');
    const filter = where.join(' AND ');
    const filterParams = [...params];
    const rows: Array<PersonEntity & { total: string }> = await this.db.query(
      `SELECT ${PERSON_COLUMNS}, (SELECT count(*) FROM person p WHERE ${filter}) AS total
         FROM (SELECT p.id, p.last_name, p.first_name FROM person p WHERE ${filter}
                ORDER BY p.last_name, p.first_name, p.id LIMIT ${param(args.first)} OFFSET ${param(args.offset)}) page
         JOIN person p ON p.id = page.id
        ORDER BY page.last_name, page.first_name, page.id`,
      params,
    );
    if (rows.length) return { items: rows, total: Number(rows[0].total) };
    if (!args.offset) return { items: [], total: 0 };
    const [{ n }]: Array<{ n: string }> = await this.db.query(`SELECT count(*) AS n FROM person p WHERE ${filter}`, filterParams);
    return { items: [], total: Number(n) };
  }

  async sites(actor: Actor): Promise<string[]> {
    const rows: Array<{ site: string }> = await this.db.query(
      `SELECT DISTINCT site FROM person WHERE organisation_id = $1 AND site IS NOT NULL ORDER BY site`,
      [actor.organisationId],
    );
    return rows.map((r) => r.site);
  }

  async teams(actor: Actor): Promise<TeamEntity[]> {
    return this.db.getRepository(TeamEntity).find({ where: { organisationId: actor.organisationId }, order: { path: 'ASC' } });
  }

  async team(actor: Actor, id: string): Promise<TeamEntity> {
    const t = await this.db.getRepository(TeamEntity).findOneBy({ organisationId: actor.organisationId, id });
    if (!t) throw new NotFoundException('No team with that id.');
    return t;
  }

  async get(actor: Actor, id: string, em: EntityManager = this.db.manager): Promise<PersonEntity> {
    // Another tenant's id and an unknown id get the same answer: existence is not revealed.
    const p = await em.getRepository(PersonEntity).findOneBy({ organisationId: actor.organisationId, id });
    if (!p) throw new NotFoundException('No person with that id.');
    return p;
  }

  async changeWorkMode(actor: Actor, input: ChangeWorkModeInput): Promise<PersonEntity> {
    if (input.effectiveFrom > today()) throw new BadRequestException('effectiveFrom cannot be in the future; record the change on the day it starts.');
    return this.db.transaction(async (em) => {
      const person = await this.get(actor, input.personId, em);
      if (input.effectiveFrom < person.hireDate) throw new BadRequestException(`effectiveFrom is before the hire date (${person.hireDate}).`);
      // Same day twice replaces the entry, so a retried request changes nothing more.
      await em.query(
        `INSERT INTO work_mode_change (organisation_id, person_id, work_mode, effective_from) VALUES ($1, $2, $3, $4)
         ON CONFLICT (organisation_id, person_id, effective_from) DO UPDATE SET work_mode = EXCLUDED.work_mode`,
        [actor.organisationId, person.id, input.workMode, input.effectiveFrom],
      );
      const history = await em.getRepository(WorkModeChangeEntity).findBy({ organisationId: actor.organisationId, personId: person.id });
      person.workMode = workModeOn(history, today()) ?? input.workMode;
      await em.getRepository(PersonEntity).update({ id: person.id, organisationId: actor.organisationId }, { workMode: person.workMode });
      await this.audit.record(em, actor, 'person.work_mode_changed', person.id, { workMode: input.workMode, effectiveFrom: input.effectiveFrom });
      return person;
    });
  }

  async recordExit(actor: Actor, input: RecordExitInput): Promise<PersonEntity> {
    return this.db.transaction(async (em) => {
      const person = await this.get(actor, input.personId, em);
      if (input.exitDate < person.hireDate) throw new BadRequestException(`exitDate is before the hire date (${person.hireDate}).`);
      await em.getRepository(PersonEntity).update(
        { id: person.id, organisationId: actor.organisationId },
        { exitDate: input.exitDate, exitReason: input.exitReason },
      );
      await this.audit.record(em, actor, 'person.exit_recorded', person.id, { exitDate: input.exitDate, exitReason: input.exitReason });
      // An exit that has come ends access now; a later one is applied by the identity.exits job on the day.
      await applyExitsToAccounts((q, p) => em.query(q, p), actor.organisationId, todayUtc(), actor.accountId, [person.id]);
      return { ...person, exitDate: input.exitDate, exitReason: input.exitReason };
    });
  }

  async updateMyProfile(actor: Actor, input: UpdateMyProfileInput): Promise<PersonEntity> {
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) throw new BadRequestException('timeZone must be an IANA time zone such as Europe/Warsaw.');
    const patch: Partial<PersonEntity> = {};
    if (input.language !== undefined) patch.language = input.language;
    if (input.timeZone !== undefined) patch.timeZone = input.timeZone;
    if (Object.keys(patch).length) await this.db.getRepository(PersonEntity).update({ id: actor.personId, organisationId: actor.organisationId }, patch);
    return this.get(actor, actor.personId);
  }
}
