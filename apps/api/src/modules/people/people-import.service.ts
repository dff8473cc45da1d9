import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import {
  findManagerCycle,
  HRIS_COLUMNS,
  HrisFileChecker,
  type HrisPerson,
  parseHrisRow,
  REQUIRED_HRIS_COLUMNS,
  type RowError,
} from '@pulse/domain-people';
import type { Actor } from '../../platform/auth/actor';
import { streamCsvIntoStaging } from '../../platform/csv/csv-import';
import type { ImportReport } from '../../platform/csv/import-report';
import { AuditService } from '../audit/audit.service';

const STAGING_COLUMNS = [
  'hris_id', 'email', 'first_name', 'last_name', 'job_title', 'level', 'team_path', 'manager_hris_id', 'work_mode',
  'work_mode_since', 'site', 'time_zone', 'shift_pattern', 'language', 'hire_date', 'exit_date', 'exit_reason',
] as const;

/** Runs `work` in one transaction on a raw pg client (COPY needs it); always rolls back unless `work` says commit. */
export async function withImportTransaction<T>(db: DataSource, work: (client: PoolClient) => Promise<{ commit: boolean; result: T }>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  try {
    await client.query('BEGIN');
    const { commit, result } = await work(client);
    await client.query(commit ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await runner.release();
  }
}

/**
 * HRIS import (SPEC §1): idempotent upsert by HRIS id; a dry run reports every bad row with its
 * line number; the real run is all-or-nothing. Rows stream through validation into a temporary
 * staging table with COPY, and the upsert is a handful of set-based statements.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async importPeople(actor: Actor, input: Readable, dryRun: boolean): Promise<ImportReport> {
    const org = actor.organisationId;
    return withImportTransaction(this.db, async (client) => {
      await client.query(`CREATE TEMP TABLE import_person (
        line int NOT NULL, hris_id text NOT NULL, email text NOT NULL, first_name text NOT NULL, last_name text NOT NULL,
        job_title text, level text, team_path text NOT NULL, manager_hris_id text, work_mode text NOT NULL,
        work_mode_since date NOT NULL, site text, time_zone text NOT NULL, shift_pattern jsonb NOT NULL, language text NOT NULL,
        hire_date date NOT NULL, exit_date date, exit_reason text) ON COMMIT DROP`);
      const checker = new HrisFileChecker();
      const { rowsRead, errors } = await streamCsvIntoStaging<HrisPerson>(client, input, {
        columns: HRIS_COLUMNS,
        required: REQUIRED_HRIS_COLUMNS,
        parseRow: parseHrisRow,
        checkAgainstEarlier: (line, p) => checker.add(line, p),
        idOf: (raw) => raw.hris_id?.trim().slice(0, 64) || null,
        stagingTable: 'import_person',
        stagingColumns: STAGING_COLUMNS,
        toStaging: (p) => [
          p.hrisId, p.email, p.firstName, p.lastName, p.jobTitle, p.level, p.teamPath.join(' / '), p.managerHrisId, p.workMode,
          p.workModeSince, p.site, p.timeZone, JSON.stringify(p.shiftPattern), p.language, p.hireDate, p.exitDate, p.exitReason,
        ],
      });
      await client.query(`CREATE UNIQUE INDEX ON import_person (hris_id); ANALYZE import_person`);

      // Managers must be in the file or already in the organisation.
      const unresolved = await client.query<{ line: number; hris_id: string; manager_hris_id: string }>(
        `SELECT i.line, i.hris_id, i.manager_hris_id FROM import_person i
          WHERE i.manager_hris_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM import_person m WHERE m.hris_id = i.manager_hris_id)
            AND NOT EXISTS (SELECT 1 FROM person p WHERE p.organisation_id = $1 AND p.hris_id = i.manager_hris_id)`,
        [org],
      );
      // Rows whose manager row was itself rejected are also unresolved.
      const rejectedIds = new Set(errors.map((e) => e.hrisId).filter(Boolean));
      for (const r of unresolved.rows) {
        errors.push({ line: r.line, hrisId: r.hris_id, reason: `manager_hris_id ${r.manager_hris_id} is not in the file${rejectedIds.has(r.manager_hris_id) ? ' (its row has errors)' : ''} or the organisation` });
      }
      // E-mails compare ignoring case across the file and the people already there.
      const emailClash = await client.query<{ line: number; hris_id: string; email: string; other: string }>(
        `SELECT i.line, i.hris_id, i.email, p.hris_id AS other FROM import_person i
           JOIN person p ON p.organisation_id = $1 AND p.email = i.email AND p.hris_id <> i.hris_id
          WHERE NOT EXISTS (SELECT 1 FROM import_person j WHERE j.hris_id = p.hris_id AND j.email <> p.email)`,
        [org],
      );
      for (const r of emailClash.rows) errors.push({ line: r.line, hrisId: r.hris_id, reason: `email ${r.email} already belongs to ${r.other} (e-mails are compared ignoring case)` });

      // Reporting lines must stay a tree once the file is applied.
      if (errors.length === 0) {
        const edges = await client.query<{ id: string; manager_id: string | null }>(
          `SELECT i.hris_id AS id, i.manager_hris_id AS manager_id FROM import_person i
           UNION ALL
           SELECT p.hris_id, m.hris_id FROM person p LEFT JOIN person m ON m.id = p.manager_id
            WHERE p.organisation_id = $1 AND NOT EXISTS (SELECT 1 FROM import_person i WHERE i.hris_id = p.hris_id)`,
          [org],
        );
        const cycle = findManagerCycle(edges.rows.map((r) => ({ id: r.id, managerId: r.manager_id })));
        if (cycle) {
          const lines = await client.query<{ line: number; hris_id: string }>(`SELECT line, hris_id FROM import_person WHERE hris_id = ANY($1) ORDER BY line`, [cycle]);
          for (const r of lines.rows) errors.push({ line: r.line, hrisId: r.hris_id, reason: `managers form a loop: ${cycle.join(' → ')}` });
        }
      }
      errors.sort((a, b) => a.line - b.line);

      const counts = await client.query<{ created: string; updated: string; unchanged: string }>(
        `SELECT count(*) FILTER (WHERE p.id IS NULL) AS created,
                count(*) FILTER (WHERE p.id IS NOT NULL AND (
                  p.email, p.first_name, p.last_name, p.job_title, p.level, p.work_mode, p.site, p.time_zone, p.shift_pattern,
                  p.language, p.hire_date, p.exit_date, p.exit_reason, t.path, m.hris_id
                ) IS DISTINCT FROM (
                  i.email, i.first_name, i.last_name, i.job_title, i.level, i.work_mode, i.site, i.time_zone, i.shift_pattern,
                  i.language, i.hire_date, i.exit_date, i.exit_reason, i.team_path, i.manager_hris_id
                )) AS updated,
                count(*) AS total
           FROM import_person i
           LEFT JOIN person p ON p.organisation_id = $1 AND p.hris_id = i.hris_id
           LEFT JOIN team t ON t.id = p.team_id
           LEFT JOIN person m ON m.id = p.manager_id`,
        [org],
      );
      const created = Number(counts.rows[0].created);
      const updated = Number(counts.rows[0].updated);
      const valid = rowsRead - new Set(errors.map((e) => e.line)).size;
      const report: ImportReport = { dryRun, applied: false, rowsRead, created, updated, unchanged: Math.max(0, valid - created - updated), errors };
      if (dryRun || errors.length > 0) return { commit: false, result: report };

      await this.upsertTeams(client, org);
      await client.query(
        `INSERT INTO person (organisation_id, hris_id, email, first_name, last_name, job_title, level, team_id, work_mode, site,
                             time_zone, shift_pattern, language, hire_date, exit_date, exit_reason)
         SELECT $1, i.hris_id, i.email, i.first_name, i.last_name, i.job_title, i.level, t.id, i.work_mode, i.site,
                i.time_zone, i.shift_pattern, i.language, i.hire_date, i.exit_date, i.exit_reason
           FROM import_person i JOIN team t ON t.organisation_id = $1 AND t.path = i.team_path
         ON CONFLICT (organisation_id, hris_id) DO UPDATE SET
           email = EXCLUDED.email, first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, job_title = EXCLUDED.job_title,
           level = EXCLUDED.level, team_id = EXCLUDED.team_id, work_mode = EXCLUDED.work_mode, site = EXCLUDED.site,
           time_zone = EXCLUDED.time_zone, shift_pattern = EXCLUDED.shift_pattern, language = EXCLUDED.language,
           hire_date = EXCLUDED.hire_date, exit_date = EXCLUDED.exit_date, exit_reason = EXCLUDED.exit_reason, updated_at = now()
         WHERE (person.email, person.first_name, person.last_name, person.job_title, person.level, person.team_id, person.work_mode,
                person.site, person.time_zone, person.shift_pattern, person.language, person.hire_date, person.exit_date, person.exit_reason)
               IS DISTINCT FROM
               (EXCLUDED.email, EXCLUDED.first_name, EXCLUDED.last_name, EXCLUDED.job_title, EXCLUDED.level, EXCLUDED.team_id, EXCLUDED.work_mode,
                EXCLUDED.site, EXCLUDED.time_zone, EXCLUDED.shift_pattern, EXCLUDED.language, EXCLUDED.hire_date, EXCLUDED.exit_date, EXCLUDED.exit_reason)`,
        [org],
      );
      await client.query(
        `UPDATE person p SET manager_id = m.id
           FROM import_person i LEFT JOIN person m ON m.organisation_id = $1 AND m.hris_id = i.manager_hris_id
          WHERE p.organisation_id = $1 AND p.hris_id = i.hris_id AND p.manager_id IS DISTINCT FROM m.id`,
        [org],
      );
      // Work-mode history: a new entry when the mode differs from the latest recorded one.
      await client.query(
        `INSERT INTO work_mode_change (organisation_id, person_id, work_mode, effective_from)
         SELECT $1, p.id, i.work_mode, i.work_mode_since
           FROM import_person i JOIN person p ON p.organisation_id = $1 AND p.hris_id = i.hris_id
          WHERE i.work_mode IS DISTINCT FROM (
            SELECT w.work_mode FROM work_mode_change w WHERE w.person_id = p.id ORDER BY w.effective_from DESC LIMIT 1)
         ON CONFLICT (person_id, effective_from) DO UPDATE SET work_mode = EXCLUDED.work_mode`,
        [org],
      );
      // Everyone gets an account (no password until invited); anyone with reports is a manager.
      await client.query(
        `INSERT INTO account (organisation_id, person_id, email, roles)
         SELECT $1, p.id, p.email, '{AGENT}' FROM import_person i JOIN person p ON p.organisation_id = $1 AND p.hris_id = i.hris_id
         ON CONFLICT (person_id) DO UPDATE SET email = EXCLUDED.email WHERE account.email <> EXCLUDED.email`,
        [org],
      );
      await client.query(
        `UPDATE account a SET roles = array_append(a.roles, 'MANAGER')
          WHERE a.organisation_id = $1 AND NOT ('MANAGER' = ANY(a.roles))
            AND EXISTS (SELECT 1 FROM person r WHERE r.organisation_id = $1 AND r.manager_id = a.person_id)`,
        [org],
      );
      await client.query(
        `INSERT INTO audit_event (organisation_id, actor_account_id, action, subject, detail) VALUES ($1, $2, 'people.imported', NULL, $3)`,
        [org, actor.accountId, JSON.stringify({ rowsRead, created, updated })],
      );
      return { commit: true, result: { ...report, applied: true } };
    });
  }

  /** Creates every missing team along each imported path, parents first. */
  private async upsertTeams(client: PoolClient, org: string) {
    const { rows } = await client.query<{ team_path: string }>(`SELECT DISTINCT team_path FROM import_person`);
    const paths = new Set<string>();
    for (const { team_path } of rows) {
      const parts = team_path.split(' / ');
      for (let i = 1; i <= parts.length; i++) paths.add(parts.slice(0, i).join(' / '));
    }
    const ordered = [...paths].sort((a, b) => a.split(' / ').length - b.split(' / ').length || a.localeCompare(b));
    for (const path of ordered) {
      const parts = path.split(' / ');
      const parent = parts.length > 1 ? parts.slice(0, -1).join(' / ') : null;
      await client.query(
        `INSERT INTO team (organisation_id, parent_id, name, path)
         SELECT $1, (SELECT id FROM team WHERE organisation_id = $1 AND path = $3), $2, $4
         ON CONFLICT (organisation_id, path) DO NOTHING`,
        [org, parts[parts.length - 1], parent, path],
      );
    }
  }
}
export type { RowError };
