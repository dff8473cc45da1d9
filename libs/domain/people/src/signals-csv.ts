import { checkText, isIsoDate } from './text';
import { HRIS_ID } from './hris-csv';

/** Weekly workload and quality signals per agent (SPEC §1). */
export const SIGNAL_COLUMNS = [
  'hris_id',
  'week_start',
  'contacts_handled',
  'occupancy_pct',
  'overtime_hours',
  'adherence_pct',
  'qa_score',
  'csat',
] as const;
export type SignalColumn = (typeof SIGNAL_COLUMNS)[number];
export const REQUIRED_SIGNAL_COLUMNS: readonly SignalColumn[] = ['hris_id', 'week_start'];

export type WeeklySignal = {
  hrisId: string;
  weekStart: string;
  contactsHandled: number | null;
  occupancyPct: number | null;
  overtimeHours: number | null;
  adherencePct: number | null;
  qaScore: number | null;
  csat: number | null;
};

type NumRule = { label: SignalColumn; min: number; max: number; integer?: boolean };
const NUMBERS: Array<[keyof WeeklySignal, NumRule]> = [
  ['contactsHandled', { label: 'contacts_handled', min: 0, max: 100000, integer: true }],
  ['occupancyPct', { label: 'occupancy_pct', min: 0, max: 100 }],
  ['overtimeHours', { label: 'overtime_hours', min: 0, max: 80 }],
  ['adherencePct', { label: 'adherence_pct', min: 0, max: 100 }],
  ['qaScore', { label: 'qa_score', min: 0, max: 100 }],
  ['csat', { label: 'csat', min: 0, max: 100 }],
];

export function parseSignalRow(
  raw: Partial<Record<SignalColumn, string>>,
): { ok: true; value: WeeklySignal } | { ok: false; reasons: string[] } {
  const get = (c: SignalColumn) => (raw[c] ?? '').trim();
  const reasons: string[] = [];
  const hrisId = get('hris_id');
  const idErr = checkText('hris_id', hrisId, { required: true, max: 64, pattern: HRIS_ID, patternHint: 'may only hold letters, digits, ".", "_" and "-"' });
  if (idErr) reasons.push(idErr);
  const weekStart = get('week_start');
  if (!isIsoDate(weekStart)) reasons.push('week_start must be a real date written YYYY-MM-DD');
  else if (new Date(`${weekStart}T00:00:00Z`).getUTCDay() !== 1) reasons.push('week_start must be a Monday');
  const value: WeeklySignal = {
    hrisId, weekStart,
    contactsHandled: null, occupancyPct: null, overtimeHours: null, adherencePct: null, qaScore: null, csat: null,
  };
  let any = false;
  for (const [key, rule] of NUMBERS) {
    const text = get(rule.label);
    if (text === '') continue;
    any = true;
    const n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(n)) reasons.push(`${rule.label} must be a number`);
    else if (rule.integer && !Number.isInteger(n)) reasons.push(`${rule.label} must be a whole number`);
    else if (n < rule.min || n > rule.max) reasons.push(`${rule.label} must be between ${rule.min} and ${rule.max}`);
    else (value[key] as number | null) = n;
  }
  if (!any && reasons.length === 0) reasons.push('the row has no measures: fill at least one of contacts_handled … csat');
  return reasons.length ? { ok: false, reasons } : { ok: true, value };
}

/** Repeated (person, week) pairs inside one file. */
export class SignalFileChecker {
  private readonly seen = new Map<string, number>();
  add(line: number, s: WeeklySignal): string[] {
    const key = `${s.hrisId}\u0000${s.weekStart}`;
    const prev = this.seen.get(key);
    if (prev !== undefined) return [`${s.hrisId} week ${s.weekStart} already appears on line ${prev}`];
    this.seen.set(key, line);
    return [];
  }
}
