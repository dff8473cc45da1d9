import { formatShiftPattern, HRIS_COLUMNS, type HrisColumn } from '@pulse/domain-people';
import type { GeneratedOrganisation } from './generate';

/** One person as an HRIS CSV record (the import/export shape of SPEC §1). */
export function hrisRecord(org: GeneratedOrganisation, index: number): Record<HrisColumn, string> {
  const p = org.people[index];
  const since = p.workModes[p.workModes.length - 1].effectiveFrom;
  return {
    hris_id: p.hrisId,
    email: p.email,
    first_name: p.firstName,
    last_name: p.lastName,
    job_title: p.jobTitle,
    level: p.level,
    team_path: org.teams[p.team].path,
    manager_hris_id: p.manager === null ? '' : org.people[p.manager].hrisId,
    work_mode: p.workMode,
    work_mode_since: since,
    site: p.site,
    time_zone: p.timeZone,
    shift_pattern: formatShiftPattern(p.shiftPattern),
    language: p.language,
    hire_date: p.hireDate,
    exit_date: p.exitDate ?? '',
    exit_reason: p.exitReason ?? '',
  };
}

function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The organisation as an HRIS CSV file, line by line (header first, "\n" endings). */
export function* hrisCsvLines(org: GeneratedOrganisation): Generator<string> {
  yield `${HRIS_COLUMNS.join(',')}\n`;
  for (let i = 0; i < org.people.length; i++) {
    const r = hrisRecord(org, i);
    yield `${HRIS_COLUMNS.map((c) => csvField(r[c])).join(',')}\n`;
  }
}
