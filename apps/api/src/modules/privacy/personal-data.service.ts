import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../audit/audit.service';
import { todayUtc } from '../identity/account-access';
import { clearAccountReferences } from '../identity/account-references';

/** Everything the product holds about one person (GDPR Art. 15), as the JSON download shows it. */
export type PersonalData = {
  exportedAt: string;
  person: Record<string, unknown>;
  workModeHistory: Array<Record<string, unknown>>;
  accounts: Array<Record<string, unknown>>;
  sessions: Array<Record<string, unknown>>;
  pulseInvitations: Array<Record<string, unknown>>;
  pulseResponses: Array<Record<string, unknown>>;
  weeklySignals: Array<Record<string, unknown>>;
  auditEventsAboutYou: Array<Record<string, unknown>>;
};

export type ErasureResult = { personId: string; erasedAt: Date; answersUnlinked: number; accountsRemoved: number; alreadyErased: boolean };

@Injectable()
export class PersonalDataService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The caller's own data: there is no parameter, so nobody can ask for someone else's. Account and
   * session metadata only (never password hashes or token hashes). Audited (format only).
   */
  async exportOwn(actor: Actor, format: 'json' | 'csv'): Promise<PersonalData> {
    const org = actor.organisationId;
    const me = actor.personId;
    return this.db.transaction('REPEATABLE READ', async (em) => {
      const [person] = await em.query(
        `SELECT p.id, p.hris_id AS "hrisId", p.email, p.first_name AS "firstName", p.last_name AS "lastName", p.job_title AS "jobTitle",
                p.level, t.path AS team, m.first_name || ' ' || m.last_name AS manager, p.work_mode AS "workMode", p.site,
                p.time_zone AS "timeZone", p.shift_pattern AS "shiftPattern", p.language,
                to_char(p.hire_date, 'YYYY-MM-DD') AS "hireDate", to_char(p.exit_date, 'YYYY-MM-DD') AS "exitDate", p.exit_reason AS "exitReason",
                p.created_at AS "createdAt", p.updated_at AS "updatedAt"
           FROM person p LEFT JOIN team t ON t.id = p.team_id LEFT JOIN person m ON m.id = p.manager_id
          WHERE p.organisation_id = $1 AND p.id = $2`,
        [org, me],
      );
      if (!person) throw new NotFoundException('No person with that id.');
      const data: PersonalData = {
        exportedAt: new Date().toISOString(),
        person,
        workModeHistory: await em.query(
          `SELECT work_mode AS "workMode", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
             FROM work_mode_change WHERE organisation_id = $1 AND person_id = $2 ORDER BY effective_from`,
          [org, me],
        ),
        accounts: await em.query(
          `SELECT email, roles, created_at AS "createdAt", disabled_at AS "disabledAt", disabled_reason AS "disabledReason",
                  password_hash IS NOT NULL AS "hasPassword"
             FROM account WHERE organisation_id = $1 AND person_id = $2`,
          [org, me],
        ),
        sessions: await em.query(
          `SELECT s.created_at AS "createdAt", s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt"
             FROM session s JOIN account a ON a.id = s.account_id
            WHERE a.organisation_id = $1 AND a.person_id = $2 ORDER BY s.created_at`,
          [org, me],
        ),
        pulseInvitations: await em.query(
          `SELECT p.name AS program, to_char(w.period_start, 'YYYY-MM-DD') AS "periodStart", i.opens_at AS "opensAt",
                  i.closes_at AS "closesAt", i.reminded_at AS "remindedAt"
             FROM pulse_invitation i JOIN pulse_wave w ON w.id = i.wave_id JOIN pulse_program p ON p.id = w.program_id
            WHERE i.organisation_id = $1 AND i.person_id = $2 ORDER BY w.period_start, p.name`,
          [org, me],
        ),
        pulseResponses: await em.query(
          `SELECT p.name AS program, to_char(w.period_start, 'YYYY-MM-DD') AS "periodStart", r.submitted_at AS "submittedAt",
                  r.revision, r.answers, r.scores, r.comment, r.work_mode AS "workMode", r.tenure_band AS "tenureBand", r.level
             FROM pulse_response r JOIN pulse_wave w ON w.id = r.wave_id JOIN pulse_program p ON p.id = w.program_id
            WHERE r.organisation_id = $1 AND r.person_id = $2 ORDER BY w.period_start, p.name`,
          [org, me],
        ),
        weeklySignals: await em.query(
          `SELECT to_char(week_start, 'YYYY-MM-DD') AS "weekStart", contacts_handled AS "contactsHandled", occupancy_pct::float AS "occupancyPct",
                  overtime_hours::float AS "overtimeHours", adherence_pct::float AS "adherencePct", qa_score::float AS "qaScore", csat::float AS csat
             FROM weekly_signal WHERE organisation_id = $1 AND person_id = $2 ORDER BY week_start`,
          [org, me],
        ),
        // What was done to the record and when; who did it is someone else's personal data.
        auditEventsAboutYou: await em.query(
          `SELECT e.at, e.action, e.detail FROM audit_event e
            WHERE e.organisation_id = $1 AND (e.subject = $2::uuid::text OR e.subject IN (SELECT id::text FROM account WHERE person_id = $2::uuid))
            ORDER BY e.at, e.id`,
          [org, me],
        ),
      };
      await this.audit.record(em, actor, 'person.data_exported', me, { format });
      return data;
    });
  }

  /**
   * Erases a person on request (GDPR Art. 17). Only once they have left (an employer keeps an
   * employee's record while they work there). Their raw pulse answers are unlinked, not deleted:
   * published figures are aggregates that stay as they are, and are not recomputed. Account and
   * sessions, work-mode history and workload signals are deleted; the person row stays as a
   * nameless tombstone (team, work mode, hire and exit date) so headcount and turnover stay right.
   * Idempotent: erasing again changes nothing and says so.
   */
  async erase(actor: Actor, personId: string): Promise<ErasureResult> {
    const org = actor.organisationId;
    return this.db.transaction(async (em) => {
      const [p]: Array<{ id: string; exit_date: string | null; erased_at: Date | null }> = await em.query(
        `SELECT id, to_char(exit_date, 'YYYY-MM-DD') AS exit_date, erased_at FROM person WHERE organisation_id = $1 AND id = $2 FOR UPDATE`,
        [org, personId],
      );
      if (!p) throw new NotFoundException('No person with that id.');
      if (p.erased_at) return { personId, erasedAt: p.erased_at, answersUnlinked: 0, accountsRemoved: 0, alreadyErased: true };
      if (!p.exit_date || p.exit_date > todayUtc()) {
        throw new BadRequestException('Record the exit first: a person can be erased once their exit date has passed.');
      }
      const [{ n: answersUnlinked }] = await em.query(
        `WITH u AS (UPDATE pulse_response SET person_id = NULL WHERE organisation_id = $1 AND person_id = $2 RETURNING 1) SELECT count(*)::int AS n FROM u`,
        [org, personId],
      );
      // What the account did stays, without it; sessions go with the account (ON DELETE CASCADE).
      await clearAccountReferences(em, org, `SELECT id FROM account WHERE organisation_id = $1 AND person_id = $2`, [personId]);
      const [{ n: accountsRemoved }] = await em.query(
        `WITH d AS (DELETE FROM account WHERE organisation_id = $1 AND person_id = $2 RETURNING 1) SELECT count(*)::int AS n FROM d`,
        [org, personId],
      );
      await em.query(`DELETE FROM work_mode_change WHERE organisation_id = $1 AND person_id = $2`, [org, personId]);
      await em.query(`DELETE FROM weekly_signal WHERE organisation_id = $1 AND person_id = $2`, [org, personId]);
      await em.query(`UPDATE team SET lead_id = NULL WHERE organisation_id = $1 AND lead_id = $2`, [org, personId]);
      const [{ erased_at: erasedAt }] = await em.query(
        `UPDATE person SET hris_id = 'erased-' || id, email = 'erased-' || id || '@erased.invalid', first_name = 'Erased', last_name = 'person',
                job_title = NULL, level = NULL, site = NULL, manager_id = NULL, shift_pattern = '[]', time_zone = 'UTC', language = 'en',
                erased_at = now(), updated_at = now()
          WHERE organisation_id = $1 AND id = $2 RETURNING erased_at`,
        [org, personId],
      );
      // Counts only: the audit log must not keep what was erased.
      await this.audit.record(em, actor, 'person.erased', personId, { answersUnlinked, accountsRemoved });
      return { personId, erasedAt, answersUnlinked, accountsRemoved, alreadyErased: false };
    });
  }
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // A leading = + - @ would run as a formula in spreadsheets, so prefix it.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The same data as one CSV table: section, record number, field, value. Nested values (answers,
 * scores) get one row per key, so a spreadsheet shows each answer on its own line.
 */
export function personalDataCsv(data: PersonalData): string {
  const rows: string[] = ['section,record,field,value'];
  const add = (section: string, record: number, field: string, value: unknown) => rows.push([section, record, field, value].map(csvCell).join(','));
  const addRecord = (section: string, record: number, obj: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(obj)) {
      if (value && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) add(section, record, `${field}.${k}`, v);
      } else add(section, record, field, Array.isArray(value) ? value.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(' ') : value);
    }
  };
  add('export', 1, 'exportedAt', data.exportedAt);
  addRecord('person', 1, data.person);
  for (const [section, list] of Object.entries(data)) {
    if (!Array.isArray(list)) continue;
    list.forEach((r: Record<string, unknown>, i) => addRecord(section, i + 1, r));
  }
  return rows.join('\n') + '\n';
}
