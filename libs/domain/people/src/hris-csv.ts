import { EXIT_REASONS, LOCALES, WORK_MODES, type ExitReason, type Locale, type WorkMode } from '@pulse/shared';
import { checkText, EMAIL, isIsoDate, isTimeZone, normaliseEmail } from './text';
import { parseShiftPattern, type ShiftBlock } from './shift-pattern';

/** The HRIS CSV shape, in order. Import and export use exactly these columns. */
export const HRIS_COLUMNS = [
  'hris_id',
  'email',
  'first_name',
  'last_name',
  'job_title',
  'level',
  'team_path',
  'manager_hris_id',
  'work_mode',
  'work_mode_since',
  'site',
  'time_zone',
  'shift_pattern',
  'language',
  'hire_date',
  'exit_date',
  'exit_reason',
] as const;
export type HrisColumn = (typeof HRIS_COLUMNS)[number];
export const REQUIRED_HRIS_COLUMNS: readonly HrisColumn[] = [
  'hris_id', 'email', 'first_name', 'last_name', 'team_path', 'work_mode', 'time_zone', 'hire_date',
];

export type HrisPerson = {
  hrisId: string;
  email: string;
  firstName: string;
  lastName: string;
  jobTitle: string | null;
  level: string | null;
  teamPath: string[];
  managerHrisId: string | null;
  workMode: WorkMode;
  workModeSince: string;
  site: string | null;
  timeZone: string;
  /** Frozen: rows with the same pattern text share it. */
  shiftPattern: readonly ShiftBlock[];
  language: Locale;
  hireDate: string;
  exitDate: string | null;
  exitReason: ExitReason | null;
};

export type RowError = { line: number; hrisId: string | null; reason: string };

/** What an import did, or (dry run / errors) would have done. Nothing is applied when errors is non-empty. */
export type ImportReport = {
  dryRun: boolean;
  applied: boolean;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
  /** How the API read the file: its encoding ("utf-8", "windows-1250", …) and field delimiter ("," or ";"). */
  encoding?: string;
  delimiter?: string;
};

export const HRIS_ID = /^[A-Za-z0-9._-]+$/;

/*
 * Formula-injection guard, reversible. A spreadsheet runs a cell beginning with = + - @ as a formula,
 * so the export puts one apostrophe (the spreadsheet's "this is text" mark) before every value that
 * begins with = + - @ after any number of apostrophes (so "'=x" goes out as "''=x"), and the import
 * takes exactly one apostrophe off every value that begins with one or more apostrophes and then
 * = + - @. The two are inverse for every value, so export → import → export is byte-for-byte, also
 * after the file went through a spreadsheet (which keeps the apostrophe in a text cell). A value
 * typed into a spreadsheet never keeps a leading apostrophe (the spreadsheet takes it as the mark),
 * so a hand-made file is read as the spreadsheet showed it.
 */
const FORMULA_START = /^'*[=+\-@]/;
const GUARDED_FORMULA = /^'+[=+\-@]/;

/** A value as the export writes it: safe to open in a spreadsheet. */
export function guardSpreadsheetFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A value as the import reads it: the inverse of guardSpreadsheetFormula. */
export function unguardSpreadsheetFormula(value: string): string {
  return GUARDED_FORMULA.test(value) ? value.slice(1) : value;
}

/**
 * Shift patterns repeat across an organisation (a few dozen texts for 50,000 people), so parsed
 * patterns are remembered by text. The blocks are frozen: rows share them. Bounded, so a file of
 * all-different patterns only stops being cached.
 */
const NO_SHIFTS: readonly ShiftBlock[] = Object.freeze([]);
const shiftCache = new Map<string, ReturnType<typeof parseShiftPattern>>();
const SHIFT_CACHE_MAX = 1000;
function parseShiftPatternCached(text: string): ReturnType<typeof parseShiftPattern> {
  let parsed = shiftCache.get(text);
  if (parsed === undefined) {
    parsed = parseShiftPattern(text);
    if (parsed.ok) {
      for (const b of parsed.value) Object.freeze(b);
      Object.freeze(parsed.value);
    }
    if (shiftCache.size < SHIFT_CACHE_MAX) shiftCache.set(text, parsed);
  }
  return parsed;
}

/** Checks the header row: every required column present, no unknown or repeated column. */
export function checkHeader(header: readonly string[], known: readonly string[], required: readonly string[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const h of header) {
    if (!known.includes(h)) errors.push(`unknown column "${h.slice(0, 60)}"`);
    if (seen.has(h)) errors.push(`column "${h.slice(0, 60)}" appears twice`);
    seen.add(h);
  }
  for (const r of required) if (!seen.has(r)) errors.push(`missing column "${r}"`);
  return errors;
}

/**
 * Validates one HRIS row. `line` is the 1-based line number in the file (the header is line 1).
 * Returns every problem with the row, not just the first, so HR can fix a file in one pass.
 */
export function parseHrisRow(
  raw: Partial<Record<HrisColumn, string>>,
): { ok: true; value: HrisPerson } | { ok: false; reasons: string[] } {
  const get = (c: HrisColumn) => unguardSpreadsheetFormula((raw[c] ?? '').trim());
  const reasons: string[] = [];
  const push = (r: string | null) => r && reasons.push(r);

  const hrisId = get('hris_id');
  push(checkText('hris_id', hrisId, { required: true, max: 64, pattern: HRIS_ID, patternHint: 'may only hold letters, digits, ".", "_" and "-"' }));
  const email = get('email');
  push(checkText('email', email, { required: true, max: 254, pattern: EMAIL, patternHint: 'is not a valid e-mail address' }));
  const firstName = get('first_name');
  push(checkText('first_name', firstName, { required: true, max: 100 }));
  const lastName = get('last_name');
  push(checkText('last_name', lastName, { required: true, max: 100 }));
  const jobTitle = get('job_title');
  push(checkText('job_title', jobTitle, { required: false, max: 120 }));
  const level = get('level');
  push(checkText('level', level, { required: false, max: 60 }));
  const site = get('site');
  push(checkText('site', site, { required: false, max: 120 }));

  const teamPathText = get('team_path');
  const teamPath = teamPathText.split('/').map((s) => s.trim());
  const pathError = checkText('team_path', teamPathText, { required: true, max: 500 });
  if (pathError) reasons.push(pathError);
  else if (teamPath.some((s) => s.length === 0)) reasons.push('team_path has an empty segment (write it like "Support / EMEA / Billing")');
  else if (teamPath.some((s) => s.length > 100)) reasons.push('team_path has a team name longer than 100 characters');
  else if (teamPath.length > 10) reasons.push('team_path is deeper than 10 levels');

  const managerHrisId = get('manager_hris_id');
  push(checkText('manager_hris_id', managerHrisId, { required: false, max: 64, pattern: HRIS_ID, patternHint: 'may only hold letters, digits, ".", "_" and "-"' }));
  if (managerHrisId && managerHrisId === hrisId) reasons.push('a person cannot be their own manager');

  const workMode = get('work_mode').toUpperCase();
  if (!(WORK_MODES as readonly string[]).includes(workMode))
    reasons.push(`work_mode must be one of ${WORK_MODES.join(', ')}`);

  const hireDate = get('hire_date');
  if (!isIsoDate(hireDate)) reasons.push('hire_date must be a real date written YYYY-MM-DD');
  const workModeSince = get('work_mode_since') || hireDate;
  if (get('work_mode_since') && !isIsoDate(workModeSince)) reasons.push('work_mode_since must be a real date written YYYY-MM-DD');
  else if (isIsoDate(hireDate) && workModeSince < hireDate) reasons.push('work_mode_since is before hire_date');

  const timeZone = get('time_zone');
  if (checkText('time_zone', timeZone, { required: true, max: 64 }) || !isTimeZone(timeZone))
    reasons.push('time_zone must be an IANA time zone such as Europe/Warsaw');

  const shiftText = get('shift_pattern');
  let shiftPattern: readonly ShiftBlock[] = NO_SHIFTS;
  if (shiftText) {
    const control = checkText('shift_pattern', shiftText, { required: false, max: 300 });
    if (control) reasons.push(control);
    else {
      const parsed = parseShiftPatternCached(shiftText);
      if (parsed.ok) shiftPattern = parsed.value;
      else reasons.push(`shift_pattern: ${parsed.error}`);
    }
  }

  const language = get('language') || 'en';
  if (!(LOCALES as readonly string[]).includes(language)) reasons.push(`language must be one of ${LOCALES.join(', ')}`);

  const exitDate = get('exit_date');
  const exitReason = get('exit_reason').toUpperCase();
  if (exitDate) {
    if (!isIsoDate(exitDate)) reasons.push('exit_date must be a real date written YYYY-MM-DD');
    else if (isIsoDate(hireDate) && exitDate < hireDate) reasons.push('exit_date is before hire_date');
    if (!(EXIT_REASONS as readonly string[]).includes(exitReason))
      reasons.push(`exit_reason must be ${EXIT_REASONS.join(' or ')} when exit_date is set`);
  } else if (exitReason) reasons.push('exit_reason is set but exit_date is empty');

  if (reasons.length > 0) return { ok: false, reasons };
  return {
    ok: true,
    value: {
      hrisId,
      email: normaliseEmail(email),
      firstName,
      lastName,
      jobTitle: jobTitle || null,
      level: level || null,
      teamPath,
      managerHrisId: managerHrisId || null,
      workMode: workMode as WorkMode,
      workModeSince,
      site: site || null,
      timeZone,
      shiftPattern,
      language: language as Locale,
      hireDate,
      exitDate: exitDate || null,
      exitReason: exitDate ? (exitReason as ExitReason) : null,
    },
  };
}

/** Why a row repeats an HRIS id of an earlier row (the import finds these set-based in SQL). */
export function repeatedHrisIdReason(hrisId: string, firstLine: number): string {
  return `hris_id ${hrisId} already appears on line ${firstLine}`;
}

/** Why a row repeats an e-mail (already lower-cased) of an earlier row. */
export function repeatedEmailReason(email: string, firstLine: number): string {
  return `email ${email} already appears on line ${firstLine} (e-mails are compared ignoring case)`;
}

/**
 * Rules that need the whole file: repeated HRIS ids and e-mails repeated in any letter case.
 * The API finds the same clashes set-based in SQL, so its memory does not grow with the file; this
 * in-memory version serves tests and tools.
 * (Managers that are neither in the file nor the organisation are found set-based in SQL by the import.)
 */
export class HrisFileChecker {
  private readonly ids = new Map<string, number>();
  private readonly emails = new Map<string, number>();

  /** Returns the reasons this row clashes with an earlier one. */
  add(line: number, person: HrisPerson): string[] {
    const reasons: string[] = [];
    const prevId = this.ids.get(person.hrisId);
    if (prevId !== undefined) reasons.push(repeatedHrisIdReason(person.hrisId, prevId));
    else this.ids.set(person.hrisId, line);
    const prevEmail = this.emails.get(person.email);
    if (prevEmail !== undefined) reasons.push(repeatedEmailReason(person.email, prevEmail));
    else this.emails.set(person.email, line);
    return reasons;
  }
}
