import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { withOrganisation } from '../../database/tenant-context';
import { DataSource } from 'typeorm';
import { formatShiftPattern, guardSpreadsheetFormula, HRIS_COLUMNS, type ShiftBlock } from '@pulse/domain-people';
import type { Actor } from '../../platform/auth/actor';
import { AuditService } from '../audit/audit.service';

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  // A leading = + - @ would run as a formula in spreadsheets; the import takes the guard off again.
  const safe = guardSpreadsheetFormula(String(v));
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type Row = Record<string, unknown> & { shift_pattern: ShiftBlock[]; id: string };

/** What an export selects; today every person of the organisation, recorded so a narrower filter shows in the audit trail too. */
export const PEOPLE_EXPORT_FILTER = { scope: 'organisation', includesLeavers: true } as const;

/**
 * Exports people in exactly the HRIS import shape, streamed in keyset pages. Every export is
 * audited (who, filter, rows sent), also when the client stops reading half-way.
 */
@Injectable()
export class PeopleExportService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  stream(actor: Actor): Readable {
    const db = this.db;
    const audit = this.audit;
    const org = actor.organisationId;
    async function* rows() {
      let rowCount = 0;
      let complete = false;
      try {
        yield* pages((n) => (rowCount += n));
        complete = true;
      } finally {
        // Also outside the request's scope (the stream ends after the handler returned): name the organisation.
        await withOrganisation(org, () => audit.record(db.manager, actor, 'people.exported', null, { format: 'csv', filter: PEOPLE_EXPORT_FILTER, rowCount, complete }));
      }
    }
    async function* pages(sent: (n: number) => void) {
      yield HRIS_COLUMNS.join(',') + '\n';
      let after = '';
      for (;;) {
        // Pages are read when the response stream asks, outside the request's scope: name the organisation.
        const page: Row[] = await withOrganisation(org, () => db.query(
          `SELECT p.id, p.hris_id, p.email, p.first_name, p.last_name, p.job_title, p.level, t.path AS team_path,
                  m.hris_id AS manager_hris_id, p.work_mode,
                  (SELECT to_char(max(w.effective_from), 'YYYY-MM-DD') FROM work_mode_change w WHERE w.person_id = p.id) AS work_mode_since,
                  p.site, p.time_zone, p.shift_pattern, p.language, to_char(p.hire_date, 'YYYY-MM-DD') AS hire_date,
                  to_char(p.exit_date, 'YYYY-MM-DD') AS exit_date, p.exit_reason
             FROM person p LEFT JOIN team t ON t.id = p.team_id LEFT JOIN person m ON m.id = p.manager_id
            WHERE p.organisation_id = $1 AND p.hris_id > $2
            ORDER BY p.hris_id LIMIT 2000`,
          [org, after],
        ));
        if (page.length === 0) return;
        sent(page.length);
        yield page
          .map((r) => HRIS_COLUMNS.map((c: string) => csvCell(c === 'shift_pattern' ? formatShiftPattern(r.shift_pattern ?? []) : r[c])).join(',') + '\n')
          .join('');
        after = String(page[page.length - 1].hris_id);
      }
    }
    return Readable.from(rows());
  }
}
