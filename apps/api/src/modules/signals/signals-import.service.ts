import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfigToken, LoggerToken } from '../../platform/config.provider';
import type { AppConfig } from '../../platform/config';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { parseSignalRow, REQUIRED_SIGNAL_COLUMNS, SIGNAL_COLUMNS, SignalFileChecker, type WeeklySignal } from '@pulse/domain-people';
import type { Actor } from '../../platform/auth/actor';
import { importReport, streamCsvIntoStaging, withImportTransaction } from '../../platform/csv/csv-import';
import type { ImportReport } from '@pulse/domain-people';

/** Weekly workload/quality signals import: same dry-run, line-numbered errors and all-or-nothing rules as HRIS. */
@Injectable()
export class SignalsImportService {
  constructor(
    private readonly db: DataSource,
    @Inject(LoggerToken) private readonly log: Logger,
    @Inject(AppConfigToken) private readonly config: AppConfig,
  ) {}

  async importSignals(actor: Actor, input: Readable, dryRun: boolean): Promise<ImportReport> {
    const org = actor.organisationId;
    return withImportTransaction(this.db, input, { maxBytes: this.config.importMaxBytes, log: this.log }, async (client, file) => {
      await client.query(`CREATE TEMP TABLE import_signal (
        line int NOT NULL, hris_id text NOT NULL, week_start date NOT NULL, contacts_handled int, occupancy_pct numeric(5,2),
        overtime_hours numeric(5,2), adherence_pct numeric(5,2), qa_score numeric(5,2), csat numeric(5,2)) ON COMMIT DROP`);
      const checker = new SignalFileChecker();
      const { rowsRead, errors, format } = await streamCsvIntoStaging<WeeklySignal>(client, file, {
        columns: SIGNAL_COLUMNS,
        required: REQUIRED_SIGNAL_COLUMNS,
        parseRow: parseSignalRow,
        checkAgainstEarlier: (line, s) => checker.add(line, s),
        idOf: (raw) => raw.hris_id?.trim().slice(0, 64) || null,
        stagingTable: 'import_signal',
        stagingColumns: ['hris_id', 'week_start', 'contacts_handled', 'occupancy_pct', 'overtime_hours', 'adherence_pct', 'qa_score', 'csat'],
        toStaging: (s) => [s.hrisId, s.weekStart, s.contactsHandled, s.occupancyPct, s.overtimeHours, s.adherencePct, s.qaScore, s.csat],
      });
      const unknown = await client.query<{ line: number; hris_id: string }>(
        `SELECT i.line, i.hris_id FROM import_signal i
          WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.organisation_id = $1 AND p.hris_id = i.hris_id)`,
        [org],
      );
      for (const r of unknown.rows) errors.push({ line: r.line, hrisId: r.hris_id, reason: `hris_id ${r.hris_id} is not a person in the organisation` });
      errors.sort((a, b) => a.line - b.line);
      const counts = await client.query<{ created: string; updated: string }>(
        `SELECT count(*) FILTER (WHERE s.id IS NULL) AS created,
                count(*) FILTER (WHERE s.id IS NOT NULL AND (s.contacts_handled, s.occupancy_pct, s.overtime_hours, s.adherence_pct, s.qa_score, s.csat)
                  IS DISTINCT FROM (i.contacts_handled, i.occupancy_pct, i.overtime_hours, i.adherence_pct, i.qa_score, i.csat)) AS updated
           FROM import_signal i JOIN person p ON p.organisation_id = $1 AND p.hris_id = i.hris_id
           LEFT JOIN weekly_signal s ON s.person_id = p.id AND s.week_start = i.week_start`,
        [org],
      );
      const created = Number(counts.rows[0].created);
      const updated = Number(counts.rows[0].updated);
      const report = importReport({ dryRun, rowsRead, created, updated, errors, format });
      if (dryRun || errors.length) return { commit: false, result: report };
      await client.query(
        `INSERT INTO weekly_signal (organisation_id, person_id, week_start, contacts_handled, occupancy_pct, overtime_hours, adherence_pct, qa_score, csat)
         SELECT $1, p.id, i.week_start, i.contacts_handled, i.occupancy_pct, i.overtime_hours, i.adherence_pct, i.qa_score, i.csat
           FROM import_signal i JOIN person p ON p.organisation_id = $1 AND p.hris_id = i.hris_id
         ON CONFLICT (organisation_id, person_id, week_start) DO UPDATE SET
           contacts_handled = EXCLUDED.contacts_handled, occupancy_pct = EXCLUDED.occupancy_pct, overtime_hours = EXCLUDED.overtime_hours,
           adherence_pct = EXCLUDED.adherence_pct, qa_score = EXCLUDED.qa_score, csat = EXCLUDED.csat`,
        [org],
      );
      await client.query(
        `INSERT INTO audit_event (organisation_id, actor_account_id, action, detail) VALUES ($1, $2, 'signals.imported', $3)`,
        [org, actor.accountId, JSON.stringify({ rowsRead, created, updated })],
      );
      return { commit: true, result: { ...report, applied: true } };
    });
  }
}
