import { Inject, Injectable } from '@nestjs/common';
import { applyExitsToAccounts, todayUtc } from '../identity/account-access';
import type { Logger } from 'pino';
import { AppConfigToken, LoggerToken } from '../../platform/config.provider';
import type { AppConfig } from '../../platform/config';
import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import {
  findManagerCycle,
  HRIS_COLUMNS,
  type HrisPerson,
  parseHrisRow,
  repeatedEmailReason,
  repeatedHrisIdReason,
  REQUIRED_HRIS_COLUMNS,
  type RowError,
  type ShiftBlock,
} from '@pulse/domain-people';
import type { Actor } from '../../platform/auth/actor';
import { importReport, streamCsvIntoStaging, withImportTransaction } from '../../platform/csv/csv-import';
import type { ImportReport } from '@pulse/domain-people';
import { AuditService } from '../audit/audit.service';

const STAGING_COLUMNS = [
  'hris_id', 'email', 'first_name', 'last_name', 'job_title', 'level', 'team_path', 'manager_hris_id', 'work_mode',
  'work_mode_since', 'site', 'time_zone', 'shift_key', 'shift_json', 'language', 'hire_date', 'exit_date', 'exit_reason',
] as const;

/**
 * Shift patterns travel to staging as a small key into the file's distinct patterns, sent once
 * after the rows: the JSON is about half of each staged row, and PostgreSQL would parse it for every
 * row. Past this many distinct patterns the rest go inline, so memory stays bounded.
 */
const MAX_SHIFT_KEYS = 1000;

/** JSON of a (frozen, shared) parsed shift pattern, computed once per distinct pattern. */
const shiftJson = new WeakMap<readonly ShiftBlock[], string>();
function shiftPatternJson(blocks: readonly ShiftBlock[]): string {
  let json = shiftJson.get(blocks);
  if (json === undefined) {
    json = JSON.stringify(blocks);
    shiftJson.set(blocks, json);
  }
  return json;
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
    @Inject(LoggerToken) private readonly log: Logger,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  async importPeople(actor: Actor, input: Readable, dryRun: boolean): Promise<ImportReport> {
    const org = actor.organisationId;
    const phases: Record<string, number> = {};
    let mark = Date.now();
    const phase = (name: string) => {
      const now = Date.now();
      phases[name] = now - mark;
      mark = now;
    };
    const result = await withImportTransaction(this.db, input, { maxBytes: this.config.importMaxBytes, log: this.log }, async (client, file) => {
      // Enough memory for hashing 50,000 staged rows without spilling to disk (this transaction only).
      await client.query(`SET LOCAL work_mem = '64MB'`);
      // new_id: the id a row gets if it creates a person. uuidv7() is time-ordered, so new people, their
      // accounts and history land on neighbouring index pages instead of random ones.
      await client.query(`CREATE TEMP TABLE import_person (
        line int NOT NULL, hris_id text NOT NULL, email text NOT NULL, first_name text NOT NULL, last_name text NOT NULL,
        job_title text, level text, team_path text NOT NULL, manager_hris_id text, work_mode text NOT NULL,
        work_mode_since date NOT NULL, site text, time_zone text NOT NULL, shift_key int, shift_json jsonb, language text NOT NULL,
        hire_date date NOT NULL, exit_date date, exit_reason text, new_id uuid NOT NULL DEFAULT uuidv7()) ON COMMIT DROP`);
      const shiftKeys = new Map<string, number>();
      const { rowsRead, errors, format } = await streamCsvIntoStaging<HrisPerson>(client, file, {
        columns: HRIS_COLUMNS,
        required: REQUIRED_HRIS_COLUMNS,
        parseRow: parseHrisRow,
        idOf: (raw) => raw.hris_id?.trim().slice(0, 64) || null,
        stagingTable: 'import_person',
        stagingColumns: STAGING_COLUMNS,
        toStaging: (p) => {
          const json = shiftPatternJson(p.shiftPattern);
          let key = shiftKeys.get(json);
          if (key === undefined && shiftKeys.size < MAX_SHIFT_KEYS) shiftKeys.set(json, (key = shiftKeys.size));
          return [
            p.hrisId, p.email, p.firstName, p.lastName, p.jobTitle, p.level, p.teamPath.join(' / '), p.managerHrisId, p.workMode,
            p.workModeSince, p.site, p.timeZone, key ?? null, key === undefined ? json : null, p.language, p.hireDate, p.exitDate, p.exitReason,
          ];
        },
      });
      await client.query(`CREATE TEMP TABLE import_shift (key int PRIMARY KEY, pattern jsonb NOT NULL) ON COMMIT DROP`);
      await client.query(`INSERT INTO import_shift (key, pattern) SELECT * FROM unnest($1::int[], $2::jsonb[])`, [[...shiftKeys.values()], [...shiftKeys.keys()]]);
      phase('stream');
      // Repeated HRIS ids and e-mails (already lower-cased), set-based: every row after the first with the
      // same value is an error and leaves staging. The API keeps no per-row state while streaming.
      const repeated = await client.query<{ line: number; hris_id: string; email: string; id_first: number | null; email_first: number | null }>(
        `WITH ids AS (SELECT hris_id, min(line) AS first FROM import_person GROUP BY hris_id HAVING count(*) > 1),
              emails AS (SELECT email, min(line) AS first FROM import_person GROUP BY email HAVING count(*) > 1)
         SELECT i.line, i.hris_id, i.email, ids.first AS id_first, emails.first AS email_first
           FROM import_person i
           LEFT JOIN ids ON ids.hris_id = i.hris_id AND ids.first < i.line
           LEFT JOIN emails ON emails.email = i.email AND emails.first < i.line
          WHERE ids.first IS NOT NULL OR emails.first IS NOT NULL`,
      );
      if (repeated.rows.length > 0) {
        for (const r of repeated.rows) {
          const reasons: string[] = [];
          if (r.id_first !== null) reasons.push(repeatedHrisIdReason(r.hris_id, r.id_first));
          if (r.email_first !== null) reasons.push(repeatedEmailReason(r.email, r.email_first));
          errors.push({ line: r.line, hrisId: r.hris_id, reason: reasons.join('; ') });
        }
        await client.query(`DELETE FROM import_person WHERE line = ANY($1::int[])`, [repeated.rows.map((r) => r.line)]);
      }
      phase('repeats');
      // Resolve every id once (new people take their new_id), so the checks, the counts and a single
      // INSERT that also sets managers all read one table; the self-referencing foreign key is checked
      // at the end of that statement. A manager is looked up in the file first, then in the organisation.
      // The same pass notes what each existing person looks like now, so that the checks and counts
      // below need no second look at `person`.
      await client.query(
        `CREATE TEMP TABLE resolved ON COMMIT DROP AS
         SELECT i.*, coalesce(i.shift_json, s.pattern) AS shift_pattern, coalesce(p.id, i.new_id) AS person_id, p.id IS NULL AS is_new,
                coalesce(mp.id, mi.new_id) AS manager_id, (mp.id IS NULL AND mi.new_id IS NOT NULL) AS manager_is_new,
                p.email AS old_email, p.manager_id AS old_manager_id,
                p.id IS NOT NULL AND (
                  p.email, p.first_name, p.last_name, p.job_title, p.level, p.work_mode, p.site, p.time_zone, p.shift_pattern,
                  p.language, p.hire_date, p.exit_date, p.exit_reason, ot.path, p.manager_id
                ) IS DISTINCT FROM (
                  i.email, i.first_name, i.last_name, i.job_title, i.level, i.work_mode, i.site, i.time_zone, coalesce(i.shift_json, s.pattern),
                  i.language, i.hire_date, i.exit_date, i.exit_reason, i.team_path, coalesce(mp.id, mi.new_id)
                ) AS changed
           FROM import_person i
           LEFT JOIN import_shift s ON s.key = i.shift_key
           LEFT JOIN person p ON p.organisation_id = $1 AND p.hris_id = i.hris_id
           LEFT JOIN team ot ON ot.id = p.team_id
           LEFT JOIN import_person mi ON mi.hris_id = i.manager_hris_id
           LEFT JOIN person mp ON mp.organisation_id = $1 AND mp.hris_id = i.manager_hris_id`,
        [org],
      );
      // One scan for every count and for which checks and writes can have anything to do; no ANALYZE
      // (it costs about as much as the CREATE), statements that cannot match a row are simply not sent.
      const kinds = await client.query<{
        new_people: string; existing_people: string; updated: string; unresolved: string; new_emails: string; edges_change: boolean; existing_managers: string;
      }>(
        `SELECT count(*) FILTER (WHERE is_new) AS new_people, count(*) FILTER (WHERE NOT is_new) AS existing_people,
                count(*) FILTER (WHERE manager_id IS NOT NULL AND NOT manager_is_new) AS existing_managers,
                count(*) FILTER (WHERE changed) AS updated,
                count(*) FILTER (WHERE manager_hris_id IS NOT NULL AND manager_id IS NULL) AS unresolved,
                count(*) FILTER (WHERE email IS DISTINCT FROM old_email) AS new_emails,
                coalesce(bool_or(CASE WHEN is_new THEN manager_id IS NOT NULL ELSE manager_id IS DISTINCT FROM old_manager_id END), false) AS edges_change
           FROM resolved`,
      );
      const newPeople = Number(kinds.rows[0].new_people);
      const existingPeople = Number(kinds.rows[0].existing_people);
      phase('resolve');

      // Managers must be in the file or already in the organisation.
      if (Number(kinds.rows[0].unresolved) > 0) {
        const unresolved = await client.query<{ line: number; hris_id: string; manager_hris_id: string }>(
          `SELECT line, hris_id, manager_hris_id FROM resolved WHERE manager_hris_id IS NOT NULL AND manager_id IS NULL`,
        );
        // Rows whose manager row was itself rejected are also unresolved.
        const rejectedIds = new Set(errors.map((e) => e.hrisId).filter(Boolean));
        for (const r of unresolved.rows) {
          errors.push({ line: r.line, hrisId: r.hris_id, reason: `manager_hris_id ${r.manager_hris_id} is not in the file${rejectedIds.has(r.manager_hris_id) ? ' (its row has errors)' : ''} or the organisation` });
        }
      }
      // E-mails compare ignoring case across the file and the people already there (unless that person's
      // own row moves them to another address). A row keeping its own address cannot clash: addresses
      // are unique in an organisation.
      if (Number(kinds.rows[0].new_emails) > 0) {
        const emailClash = await client.query<{ line: number; hris_id: string; email: string; other: string }>(
          `SELECT r.line, r.hris_id, r.email, p.hris_id AS other FROM resolved r
             JOIN person p ON p.organisation_id = $1 AND p.email = r.email AND p.id <> r.person_id
            WHERE r.email IS DISTINCT FROM r.old_email
              AND NOT EXISTS (SELECT 1 FROM resolved j WHERE j.person_id = p.id AND NOT j.is_new AND j.email <> j.old_email)`,
          [org],
        );
        for (const r of emailClash.rows) errors.push({ line: r.line, hrisId: r.hris_id, reason: `email ${r.email} already belongs to ${r.other} (e-mails are compared ignoring case)` });
      }
      phase('checks');

      // Reporting lines must stay a tree once the file is applied. Only this import sets managers and it
      // keeps them a tree, so a loop needs an edge the file adds or changes; a person nobody reports to
      // cannot be on a loop, so only edges of people with reports are fetched.
      if (errors.length === 0 && kinds.rows[0].edges_change) {
        const edges = await client.query<{ id: string; manager_id: string | null }>(
          `WITH edges AS (
             SELECT person_id AS id, manager_id FROM resolved WHERE manager_id IS NOT NULL
             UNION ALL
             SELECT p.id, p.manager_id FROM person p
              WHERE p.organisation_id = $1 AND p.manager_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM resolved r WHERE r.person_id = p.id))
           SELECT id, manager_id FROM edges WHERE id IN (SELECT manager_id FROM edges)`,
          [org],
        );
        const cycle = findManagerCycle(edges.rows.map((r) => ({ id: r.id, managerId: r.manager_id })));
        if (cycle) {
          const lines = await client.query<{ line: number; hris_id: string }>(`SELECT line, hris_id FROM resolved WHERE person_id = ANY($1) ORDER BY line`, [cycle]);
          const names = await client.query<{ id: string; hris_id: string }>(`SELECT id, hris_id FROM person WHERE organisation_id = $1 AND id = ANY($2) UNION SELECT person_id, hris_id FROM resolved WHERE person_id = ANY($2)`, [org, cycle]);
          const hris = new Map(names.rows.map((r) => [r.id, r.hris_id]));
          const loop = cycle.map((id) => hris.get(id) ?? id).join(' → ');
          for (const r of lines.rows) errors.push({ line: r.line, hrisId: r.hris_id, reason: `managers form a loop: ${loop}` });
        }
      }
      errors.sort((a, b) => a.line - b.line);
      phase('cycles');

      const created = newPeople;
      const updated = Number(kinds.rows[0].updated);
      const report = importReport({ dryRun, rowsRead, created, updated, errors, format });
      if (dryRun || errors.length > 0) return { commit: false, result: report };

      await this.upsertTeams(client, org);
      phase('teams');
      // Existing people first (a new person may take an address someone else is leaving), then new
      // people, then existing people whose new manager was only just inserted. Plain INSERT/UPDATE:
      // no speculative ON CONFLICT insertion for 50,000 rows.
      const changed = `(p.email, p.first_name, p.last_name, p.job_title, p.level, p.team_id, p.manager_id, p.work_mode, p.site, p.time_zone,
                        p.shift_pattern, p.language, p.hire_date, p.exit_date, p.exit_reason)
                       IS DISTINCT FROM
                       (r.email, r.first_name, r.last_name, r.job_title, r.level, t.id, CASE WHEN r.manager_is_new THEN p.manager_id ELSE r.manager_id END,
                        r.work_mode, r.site, r.time_zone, r.shift_pattern, r.language, r.hire_date, r.exit_date, r.exit_reason)`;
      if (existingPeople > 0) {
        await client.query(
          `UPDATE person p SET
             email = r.email, first_name = r.first_name, last_name = r.last_name, job_title = r.job_title, level = r.level, team_id = t.id,
             manager_id = CASE WHEN r.manager_is_new THEN p.manager_id ELSE r.manager_id END, work_mode = r.work_mode, site = r.site,
             time_zone = r.time_zone, shift_pattern = r.shift_pattern, language = r.language, hire_date = r.hire_date,
             exit_date = r.exit_date, exit_reason = r.exit_reason, updated_at = now()
            FROM resolved r JOIN team t ON t.organisation_id = $1 AND t.path = r.team_path
           WHERE p.organisation_id = $1 AND p.id = r.person_id AND NOT r.is_new AND ${changed}`,
          [org],
        );
      }
      if (newPeople > 0) {
        await client.query(
          `INSERT INTO person (id, organisation_id, hris_id, email, first_name, last_name, job_title, level, team_id, manager_id, work_mode, site,
                               time_zone, shift_pattern, language, hire_date, exit_date, exit_reason)
           SELECT r.person_id, $1, r.hris_id, r.email, r.first_name, r.last_name, r.job_title, r.level, t.id, r.manager_id, r.work_mode, r.site,
                  r.time_zone, r.shift_pattern, r.language, r.hire_date, r.exit_date, r.exit_reason
             FROM resolved r JOIN team t ON t.organisation_id = $1 AND t.path = r.team_path
            WHERE r.is_new
            ORDER BY r.person_id`,
          [org],
        );
      }
      if (existingPeople > 0 && newPeople > 0) {
        await client.query(
          `UPDATE person p SET manager_id = r.manager_id, updated_at = now()
             FROM resolved r
            WHERE p.organisation_id = $1 AND p.id = r.person_id AND NOT r.is_new AND r.manager_is_new AND p.manager_id IS DISTINCT FROM r.manager_id`,
          [org],
        );
      }
      phase('people');
      // Work-mode history: a new entry when the mode differs from the latest recorded one. New people have
      // none yet, so theirs is a plain INSERT; only existing people can meet an entry on the same date.
      if (newPeople > 0) {
        await client.query(
          `INSERT INTO work_mode_change (id, organisation_id, person_id, work_mode, effective_from)
           SELECT uuidv7(), $1, r.person_id, r.work_mode, r.work_mode_since FROM resolved r WHERE r.is_new ORDER BY r.person_id`,
          [org],
        );
      }
      if (existingPeople > 0) {
        await client.query(
          `INSERT INTO work_mode_change (organisation_id, person_id, work_mode, effective_from)
           SELECT $1, r.person_id, r.work_mode, r.work_mode_since
             FROM resolved r
             LEFT JOIN (
               SELECT DISTINCT ON (w.person_id) w.person_id, w.work_mode
                 FROM work_mode_change w JOIN resolved x ON x.person_id = w.person_id AND NOT x.is_new
                ORDER BY w.person_id, w.effective_from DESC
             ) latest ON latest.person_id = r.person_id
            WHERE NOT r.is_new AND latest.work_mode IS DISTINCT FROM r.work_mode
           ON CONFLICT (organisation_id, person_id, effective_from) DO UPDATE SET work_mode = EXCLUDED.work_mode`,
          [org],
        );
      }
      phase('history');
      // Everyone gets an account (no password until invited); anyone with reports is a manager.
      // Addresses change before new accounts are added, as for people.
      if (existingPeople > 0) {
        await client.query(
          `UPDATE account a SET email = r.email
             FROM resolved r
            WHERE a.organisation_id = $1 AND a.person_id = r.person_id AND NOT r.is_new AND a.email <> r.email`,
          [org],
        );
      }
      // A new account whose person has already left is written disabled, with the audit event that
      // disabling it would write (what applyExitsToAccounts does below for everyone else): updating
      // thousands of just-inserted rows would write each of them and its index entries twice.
      const today = todayUtc();
      const inserted = await client.query<{ disabled: number }>(
        `WITH added AS (
           INSERT INTO account (id, organisation_id, person_id, email, roles, disabled_at, disabled_reason)
           SELECT uuidv7(), $1, r.person_id, r.email,
                  CASE WHEN EXISTS (SELECT 1 FROM resolved m WHERE m.manager_id = r.person_id) THEN '{AGENT,MANAGER}'::text[] ELSE '{AGENT}' END,
                  CASE WHEN r.exit_date <= $2::date THEN now() END, CASE WHEN r.exit_date <= $2::date THEN 'EXITED' END
             FROM resolved r
            WHERE r.is_new OR NOT EXISTS (SELECT 1 FROM account a WHERE a.person_id = r.person_id)
            ORDER BY r.person_id
           RETURNING id, person_id, disabled_reason),
         audited AS (
           INSERT INTO audit_event (organisation_id, actor_account_id, action, subject, detail)
           SELECT $1, $3::uuid, 'account.disabled', a.id::text, jsonb_build_object('reason', 'EXITED', 'exitDate', to_char(r.exit_date, 'YYYY-MM-DD'))
             FROM added a JOIN resolved r ON r.person_id = a.person_id
            WHERE a.disabled_reason = 'EXITED'
           RETURNING 1)
         SELECT count(*)::int AS disabled FROM audited`,
        [org, today, actor.accountId],
      );
      phase('accounts');
      // Existing people who become someone's manager (new managers got the role above).
      if (Number(kinds.rows[0].existing_managers) > 0) {
        await client.query(
          `UPDATE account a SET roles = array_append(a.roles, 'MANAGER')
            WHERE a.organisation_id = $1 AND NOT ('MANAGER' = ANY(a.roles))
              AND a.person_id IN (SELECT DISTINCT manager_id FROM resolved WHERE manager_id IS NOT NULL)`,
          [org],
        );
      }
      // Exit dates of existing people in the file that have come end access in this same transaction (later
      // ones, and people the file does not name: the hourly identity.exits job). New people's accounts were
      // written right above and have no sessions, so an import of new people only has nothing to do here:
      // run over the whole organisation it scanned every account and person for nothing.
      const access = { disabled: inserted.rows[0].disabled, reinstated: 0 };
      if (existingPeople > 0) {
        const ids = await client.query<{ ids: string[] }>(`SELECT array_agg(person_id) AS ids FROM resolved WHERE NOT is_new`);
        const exits = await applyExitsToAccounts(async (q, params) => (await client.query(q, params)).rows, org, today, actor.accountId, ids.rows[0].ids);
        access.disabled += exits.disabled;
        access.reinstated = exits.reinstated;
      }
      phase('exits');
      await client.query(
        `INSERT INTO audit_event (organisation_id, actor_account_id, action, subject, detail) VALUES ($1, $2, 'people.imported', NULL, $3)`,
        [org, actor.accountId, JSON.stringify({ rowsRead, created, updated, accountsDisabled: access.disabled, accountsReinstated: access.reinstated })],
      );
      return { commit: true, result: { ...report, applied: true } };
    });
    phase('commit');
    // Counts and timings only: never row contents.
    this.log.info({ organisationId: org, dryRun, applied: result.applied, rowsRead: result.rowsRead, errors: result.errors.length, ms: phases }, 'people import');
    return result;
  }

  /**
   * Creates every missing team along each imported path, parents first: one statement per depth.
   * Teams are only created here and by the seed, always with their parents, so a path that exists
   * needs nothing.
   */
  private async upsertTeams(client: PoolClient, org: string) {
    const { rows } = await client.query<{ team_path: string }>(
      `SELECT DISTINCT i.team_path FROM import_person i
        WHERE NOT EXISTS (SELECT 1 FROM team t WHERE t.organisation_id = $1 AND t.path = i.team_path)`,
      [org],
    );
    const byDepth = new Map<number, Set<string>>();
    for (const { team_path } of rows) {
      const parts = team_path.split(' / ');
      for (let i = 1; i <= parts.length; i++) {
        const set = byDepth.get(i) ?? new Set<string>();
        set.add(parts.slice(0, i).join(' / '));
        byDepth.set(i, set);
      }
    }
    for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
      const paths = [...byDepth.get(depth)!];
      const names = paths.map((p) => p.split(' / ')[depth - 1]);
      const parents = paths.map((p) => (depth > 1 ? p.split(' / ').slice(0, -1).join(' / ') : null));
      await client.query(
        `INSERT INTO team (organisation_id, parent_id, name, path)
         SELECT $1, parent.id, n.name, n.path
           FROM unnest($2::text[], $3::text[], $4::text[]) AS n(path, name, parent_path)
           LEFT JOIN team parent ON parent.organisation_id = $1 AND parent.path = n.parent_path
         ON CONFLICT (organisation_id, path) DO NOTHING`,
        [org, paths, names, parents],
      );
    }
  }
}
export type { RowError };
