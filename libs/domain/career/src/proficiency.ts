/** Who assessed a competency. Only SELF and MANAGER count for readiness; PEER is shown alongside. */
export type AssessorKind = 'SELF' | 'MANAGER' | 'PEER';
export const ASSESSOR_KINDS: readonly AssessorKind[] = ['SELF', 'MANAGER', 'PEER'];

export type AssessmentRecord = {
  readonly competencyKey: string;
  readonly assessorKind: AssessorKind;
  readonly proficiency: number;
  /** ISO timestamp or Date. */
  readonly assessedAt: string | Date;
};

/** A person's proficiency on one competency as the rules use it. */
export type CurrentProficiency = {
  readonly competencyKey: string;
  /** 0 = not assessed; 1…5 otherwise. */
  readonly proficiency: number;
  /** True when only the person's own assessment stands (no manager has assessed this competency yet). */
  readonly selfOnly: boolean;
};

/**
 * What the rules accept as "the person's proficiencies": the map `currentProficiencies` returns, or a
 * plain `{ competencyKey: proficiency }` record (read as manager-confirmed). Missing keys are 0.
 */
export type ProficiencyInput = ReadonlyMap<string, CurrentProficiency> | Readonly<Record<string, number>>;

const NOT_ASSESSED = { proficiency: 0, selfOnly: false } as const;

export function proficiencyOf(input: ProficiencyInput, competencyKey: string): { proficiency: number; selfOnly: boolean } {
  if (input instanceof Map) {
    const found = (input as ReadonlyMap<string, CurrentProficiency>).get(competencyKey);
    return found ? { proficiency: found.proficiency, selfOnly: found.selfOnly } : NOT_ASSESSED;
  }
  const value = (input as Readonly<Record<string, number>>)[competencyKey];
  return typeof value === 'number' ? { proficiency: value, selfOnly: false } : NOT_ASSESSED;
}

/**
 * Current proficiency per competency: the latest MANAGER assessment; else the latest SELF assessment
 * (marked `selfOnly`); else absent (= 0). PEER assessments never count. Among assessments at the same
 * instant the one later in the input wins, so callers ordering by (assessed_at, id) get a stable answer.
 */
export function currentProficiencies(assessments: readonly AssessmentRecord[]): Map<string, CurrentProficiency> {
  const latestManager = new Map<string, { at: number; proficiency: number }>();
  const latestSelf = new Map<string, { at: number; proficiency: number }>();
  for (const assessment of assessments) {
    if (assessment.assessorKind === 'PEER') continue;
    const at = instant(assessment.assessedAt);
    const target = assessment.assessorKind === 'MANAGER' ? latestManager : latestSelf;
    const previous = target.get(assessment.competencyKey);
    if (!previous || at >= previous.at) target.set(assessment.competencyKey, { at, proficiency: assessment.proficiency });
  }
  const result = new Map<string, CurrentProficiency>();
  for (const [competencyKey, { proficiency }] of latestSelf) {
    result.set(competencyKey, { competencyKey, proficiency, selfOnly: true });
  }
  for (const [competencyKey, { proficiency }] of latestManager) {
    result.set(competencyKey, { competencyKey, proficiency, selfOnly: false });
  }
  return result;
}

function instant(value: string | Date): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`Assessment time "${String(value)}" is not a date.`);
  return ms;
}
