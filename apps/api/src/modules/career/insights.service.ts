import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../audit/audit.service';
import { assertCanSeeTeam, careerScopeCondition, isInLineOf, teamSubtreeCondition } from './career-scope';
import type { RecordCustomerInsightInput } from './dto/career.input';
import type { InsightStatusEnum } from './models/career-enums';
import type { AdoptedIdeasByTeamModel, CustomerInsightModel, InsightPageModel } from './models/career.model';

const PAGE_MAX = 200;
const COLUMNS = `i.id, a.first_name || ' ' || a.last_name AS "authorName", t.path AS "teamPath", i.title, i.customer_said AS "customerSaid", i.frequency,
  i.suggested_change AS "suggestedChange", i.tags, i.status, i.decline_reason AS "declineReason",
  CASE WHEN tr.id IS NULL THEN NULL ELSE tr.first_name || ' ' || tr.last_name END AS "triagedByName", i.created_at AS "createdAt", i.updated_at AS "updatedAt"`;
const FROM = `customer_insight i
  JOIN person a ON a.organisation_id = i.organisation_id AND a.id = i.author_person_id
  LEFT JOIN team t ON t.organisation_id = i.organisation_id AND t.id = i.team_id
  LEFT JOIN person tr ON tr.organisation_id = i.organisation_id AND tr.id = i.triaged_by_person_id`;

/** Allowed triage moves: NEW → ACCEPTED → DONE, NEW/ACCEPTED → DECLINED. */
const NEXT: Record<InsightStatusEnum, readonly InsightStatusEnum[]> = {
  NEW: ['ACCEPTED', 'DECLINED'] as InsightStatusEnum[],
  ACCEPTED: ['DONE', 'DECLINED'] as InsightStatusEnum[],
  DONE: [],
  DECLINED: [],
};

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const m = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new BadRequestException('after is not a cursor this list gave out.');
  return Number(m[1]);
}

/** Customer insights and improvement ideas (issue 11 §3): agents record, managers triage, HR counts the adopted ones. */
@Injectable()
export class InsightsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async one(organisationId: string, id: string): Promise<CustomerInsightModel> {
    const [row]: CustomerInsightModel[] = await this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE i.organisation_id = $1 AND i.id = $2`, [organisationId, id]);
    if (!row) throw new NotFoundException('No customer insight with that id.');
    return row;
  }

  async record(actor: Actor, input: RecordCustomerInsightInput): Promise<CustomerInsightModel> {
    const tags = [...new Set(input.tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    for (const [field, value] of [['title', input.title], ['customerSaid', input.customerSaid], ['suggestedChange', input.suggestedChange]] as const) {
      if (!value.trim()) throw new BadRequestException(`${field} must not be empty.`);
    }
    const id = await this.db.transaction(async (em) => {
      const [row]: Array<{ id: string }> = await em.query(
        `INSERT INTO customer_insight (organisation_id, author_person_id, team_id, title, customer_said, frequency, suggested_change, tags)
         SELECT $1, p.id, p.team_id, $3, $4, $5, $6, $7 FROM person p WHERE p.organisation_id = $1 AND p.id = $2 RETURNING id`,
        [actor.organisationId, actor.personId, input.title.trim(), input.customerSaid.trim(), input.frequency, input.suggestedChange.trim(), tags],
      );
      await this.audit.record(em, actor, 'career.insight_recorded', row.id);
      return row.id;
    });
    return this.one(actor.organisationId, id);
  }

  /**
   * Own ideas for everyone (`mine`, and always for agents); the ideas of their reporting line for
   * managers; every idea for HR. A team filter narrows to authors filed in that team or under it.
   */
  async list(actor: Actor, f: { status?: InsightStatusEnum | null; teamId?: string | null; mine?: boolean | null; first: number; after?: string | null }): Promise<InsightPageModel> {
    const first = Math.min(Math.max(f.first, 1), PAGE_MAX);
    const offset = decodeCursor(f.after);
    if (f.teamId) await assertCanSeeTeam(this.db, actor, f.teamId);
    const params: unknown[] = [actor.organisationId];
    const param = (v: unknown) => `$${params.push(v)}`;
    const where = ['i.organisation_id = $1'];
    const seesOthers = actor.permissions.has('career:read:reporting-line') || actor.permissions.has('career:read:all');
    if (f.mine || !seesOthers) where.push(`i.author_person_id = ${param(actor.personId)}`);
    else where.push(`i.author_person_id IN (SELECT p.id FROM person p WHERE p.organisation_id = $1 AND ${careerScopeCondition(actor, param)})`);
    if (f.teamId) where.push(`i.author_person_id IN (SELECT p.id FROM person p WHERE p.organisation_id = $1 AND ${teamSubtreeCondition(param, f.teamId)})`);
    if (f.status) where.push(`i.status = ${param(f.status)}`);
    const filter = where.join(' AND ');
    const countParams = [...params];
    const [items, [{ n }]]: [CustomerInsightModel[], Array<{ n: string }>] = await Promise.all([
      this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${filter} ORDER BY i.created_at DESC, i.id DESC LIMIT ${param(first)} OFFSET ${param(offset)}`, params),
      this.db.query(`SELECT count(*) AS n FROM customer_insight i WHERE ${filter}`, countParams),
    ]);
    const total = Number(n);
    return { items, total, nextCursor: offset + first < total ? encodeCursor(offset + first) : null };
  }

  /**
   * Moves an idea on (NEW → ACCEPTED → DONE, or NEW/ACCEPTED → DECLINED with a reason). Asking for
   * the status it already has changes nothing (a retried click). Managers triage their reporting
   * line's ideas, HR anyone's; any other idea is NOT_FOUND.
   */
  async triage(actor: Actor, id: string, status: InsightStatusEnum, declineReason: string | null | undefined): Promise<CustomerInsightModel> {
    const reason = declineReason?.trim() || null;
    if (status === 'DECLINED' && !reason) throw new BadRequestException('Declining an idea needs a reason the author can read.');
    if (status !== 'DECLINED' && reason) throw new BadRequestException('declineReason is only for DECLINED.');
    if (reason && reason.length > 2000) throw new BadRequestException('declineReason must be at most 2000 characters.');
    if (status === 'NEW') throw new BadRequestException('An idea cannot go back to NEW.');
    await this.db.transaction(async (em) => {
      const [row]: Array<{ author_person_id: string; status: InsightStatusEnum; decline_reason: string | null }> = await em.query(
        `SELECT author_person_id, status, decline_reason FROM customer_insight WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
        [actor.organisationId, id],
      );
      const allowed =
        row && row.author_person_id !== actor.personId &&
        (actor.permissions.has('career:read:all') || (await isInLineOf(em, actor.organisationId, actor.personId, row.author_person_id)));
      if (!row || !allowed) throw new NotFoundException('No customer insight with that id.');
      if (row.status === status && (status !== 'DECLINED' || row.decline_reason === reason)) return;
      if (!NEXT[row.status].includes(status)) throw new BadRequestException(`An idea that is ${row.status} cannot become ${status} (NEW → ACCEPTED → DONE, or NEW/ACCEPTED → DECLINED).`);
      await em.query(
        `UPDATE customer_insight SET status = $3, decline_reason = $4, triaged_by_person_id = $5, triaged_at = now(), updated_at = now() WHERE organisation_id = $1 AND id = $2`,
        [actor.organisationId, id, status, reason, actor.personId],
      );
      await this.audit.record(em, actor, 'career.insight_triaged', id, { from: row.status, to: status });
    });
    return this.one(actor.organisationId, id);
  }

  /** Accepted and done ideas per team (by the team the author was in when recording), triaged within the window. */
  async adoptedByTeam(actor: Actor, from: string, to: string): Promise<AdoptedIdeasByTeamModel[]> {
    if (from > to) throw new BadRequestException('from must not be after to.');
    const rows: Array<{ path: string; accepted: string; done: string }> = await this.db.query(
      `SELECT coalesce(t.path, '(no team)') AS path, count(*) FILTER (WHERE i.status = 'ACCEPTED') AS accepted, count(*) FILTER (WHERE i.status = 'DONE') AS done
         FROM customer_insight i LEFT JOIN team t ON t.organisation_id = i.organisation_id AND t.id = i.team_id
        WHERE i.organisation_id = $1 AND i.status IN ('ACCEPTED', 'DONE') AND i.triaged_at >= $2::date AND i.triaged_at < ($3::date + 1)
        GROUP BY 1 ORDER BY 1`,
      [actor.organisationId, from, to],
    );
    return rows.map((r) => ({ teamPath: r.path, accepted: Number(r.accepted), done: Number(r.done) }));
  }
}
