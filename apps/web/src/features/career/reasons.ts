/**
 * Readiness reasons rebuilt from structured data (standings, months, certifications), so they are
 * worded in the reader's language; the API's `message` is English and only the fallback.
 */
export type Standing = { competencyKey: string; current: number; expected: number; selfOnly: boolean; gap: number };
export type ApiReason = { kind: string; met: boolean; message: string };

export type ReasonItem =
  | { kind: 'COMPETENCY'; met: boolean; competencyKey: string; current: number; expected: number; selfOnly: boolean }
  | { kind: 'TIME_IN_LEVEL'; met: boolean; months: number; minMonths: number }
  | { kind: 'CERTIFICATION'; met: boolean; name: string }
  | { kind: 'OTHER'; met: boolean; message: string };

type Input = {
  standings: readonly Standing[];
  monthsInLevel: number;
  minMonthsInLevel: number;
  requiredCertifications: readonly string[];
  missingCertifications: readonly string[];
  /** The API's reasons: kinds this function cannot rebuild are kept with their message. */
  apiReasons?: readonly ApiReason[];
};

const ORDER: Record<ReasonItem['kind'], number> = { COMPETENCY: 0, TIME_IN_LEVEL: 1, CERTIFICATION: 2, OTHER: 3 };
const REBUILT = new Set(['COMPETENCY', 'TIME_IN_LEVEL', 'CERTIFICATION']);

/** Unmet first (largest gap first), then met; within each, competencies, time, certifications. */
export function readinessReasonItems(input: Input): ReasonItem[] {
  const items: ReasonItem[] = [];
  for (const s of input.standings) {
    if (s.expected <= 0) continue;
    items.push({ kind: 'COMPETENCY', met: s.current >= s.expected, competencyKey: s.competencyKey, current: s.current, expected: s.expected, selfOnly: s.selfOnly });
  }
  if (input.minMonthsInLevel > 0) {
    items.push({ kind: 'TIME_IN_LEVEL', met: input.monthsInLevel >= input.minMonthsInLevel, months: Math.max(0, input.monthsInLevel), minMonths: input.minMonthsInLevel });
  }
  const missing = new Set(input.missingCertifications);
  const certifications = [...new Set([...input.requiredCertifications, ...input.missingCertifications])];
  for (const name of certifications) items.push({ kind: 'CERTIFICATION', met: !missing.has(name), name });
  for (const r of input.apiReasons ?? []) {
    if (!REBUILT.has(r.kind)) items.push({ kind: 'OTHER', met: r.met, message: r.message });
  }
  const gapOf = (i: ReasonItem) => (i.kind === 'COMPETENCY' ? i.expected - i.current : 0);
  return items.sort((a, b) => Number(a.met) - Number(b.met) || ORDER[a.kind] - ORDER[b.kind] || gapOf(b) - gapOf(a) || sortKey(a).localeCompare(sortKey(b)));
}

function sortKey(item: ReasonItem): string {
  if (item.kind === 'COMPETENCY') return item.competencyKey;
  if (item.kind === 'CERTIFICATION') return item.name;
  if (item.kind === 'OTHER') return item.message;
  return '';
}

export type ReasonSummary = { competenciesMet: number; competencies: number; timeMet: boolean | null; certificationsMissing: number };

/** For a row in a list, where only the API's reasons are at hand: counts by kind, no English text. */
export function summariseReasons(reasons: readonly ApiReason[]): ReasonSummary {
  const competencies = reasons.filter((r) => r.kind === 'COMPETENCY');
  const time = reasons.find((r) => r.kind === 'TIME_IN_LEVEL');
  return {
    competenciesMet: competencies.filter((r) => r.met).length,
    competencies: competencies.length,
    timeMet: time ? time.met : null,
    certificationsMissing: reasons.filter((r) => r.kind === 'CERTIFICATION' && !r.met).length,
  };
}
