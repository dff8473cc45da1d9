import { asCompiledLadder, competencyLabel, levelOf, moveBetween, type CompiledLadder, type LadderInput } from './compile-ladder';
import type { Level } from './ladder';
import { proficiencyOf, type ProficiencyInput } from './proficiency';

/** A person's standing on one competency a level expects. gap = max(0, expected − current). */
export type CompetencyStanding = {
  readonly competencyKey: string;
  readonly current: number;
  readonly selfOnly: boolean;
  readonly expected: number;
  readonly gap: number;
};

export type ReadinessReasonKind = 'COMPETENCY' | 'TIME_IN_LEVEL' | 'CERTIFICATION';

/**
 * One criterion of a move, met or not. The structured fields let the web word it in any language;
 * `message` is the English sentence for logs, e-mails and the API's plain field.
 */
export type ReadinessReason =
  | {
      readonly kind: 'COMPETENCY';
      readonly met: boolean;
      readonly message: string;
      readonly competencyKey: string;
      readonly current: number;
      readonly expected: number;
      readonly selfOnly: boolean;
    }
  | {
      readonly kind: 'TIME_IN_LEVEL';
      readonly met: boolean;
      readonly message: string;
      readonly months: number;
      readonly minMonths: number;
    }
  | {
      readonly kind: 'CERTIFICATION';
      readonly met: boolean;
      readonly message: string;
      readonly certification: string;
    };

export type Readiness = {
  /** round(100 × mean criterion score), never 100 while a criterion is unmet. */
  readonly percent: number;
  /** Every criterion met. */
  readonly ready: boolean;
  /** Unmet criteria first (in criterion order), then the met ones. */
  readonly reasons: readonly ReadinessReason[];
  /** True for later path steps: judged with today's proficiency as if the minimum time there were served. */
  readonly projected: boolean;
};

/** Certifications a person holds; compared trimmed and case-insensitively ("QA calibration" = "QA Calibration"). */
export type CertificationInput = ReadonlySet<string> | readonly string[];

export function normaliseCertification(name: string): string {
  return name.trim().toLowerCase();
}

export function heldCertifications(input: CertificationInput): ReadonlySet<string> {
  const held = new Set<string>();
  for (const name of input) held.add(normaliseCertification(name));
  return held;
}

/** Standings on every competency the level expects, in the level's order. */
export function competencyStandings(ladder: LadderInput, levelKey: string, proficiency: ProficiencyInput): CompetencyStanding[] {
  const level = levelOf(asCompiledLadder(ladder), levelKey);
  return level ? standingsFor(level, proficiency) : [];
}

/** Sum of gaps over the level's expectations: how far the person is from what the level expects. */
export function totalGap(level: Level, proficiency: ProficiencyInput): number {
  let sum = 0;
  for (const expectation of level.expectations) {
    const current = proficiencyOf(proficiency, expectation.competencyKey).proficiency;
    if (current < expectation.proficiency) sum += expectation.proficiency - current;
  }
  return sum;
}

/**
 * Readiness for the move from one level to another (CAREER.md): one criterion per competency the
 * target expects (score current/expected, capped at 1), one for time in the current level
 * (months/minMonths, capped at 1; none when the level has no minimum), one per certification the
 * move requires (0 or 1). Null when either level is not in this ladder version.
 */
export function readiness(
  ladder: LadderInput,
  fromLevelKey: string,
  toLevelKey: string,
  proficiency: ProficiencyInput,
  monthsInLevel: number,
  certifications: CertificationInput,
): Readiness | null {
  const compiled = asCompiledLadder(ladder);
  const from = levelOf(compiled, fromLevelKey);
  const to = levelOf(compiled, toLevelKey);
  if (!from || !to) return null;
  const required = moveBetween(compiled, fromLevelKey, toLevelKey)?.requiredCertifications ?? [];
  return assessReadiness(compiled, from, to, required, proficiency, monthsInLevel, heldCertifications(certifications), false);
}

/** The shared core of `readiness` and the path's steps (which pass pre-normalised certifications). */
export function assessReadiness(
  ladder: CompiledLadder,
  from: Level,
  to: Level,
  requiredCertifications: readonly string[],
  proficiency: ProficiencyInput,
  monthsInLevel: number,
  held: ReadonlySet<string>,
  projected: boolean,
): Readiness {
  const unmet: ReadinessReason[] = [];
  const met: ReadinessReason[] = [];
  let scoreSum = 0;
  let criteria = 0;

  for (const expectation of to.expectations) {
    const { proficiency: current, selfOnly } = proficiencyOf(proficiency, expectation.competencyKey);
    const expected = expectation.proficiency;
    const isMet = current >= expected;
    scoreSum += isMet ? 1 : Math.max(0, current) / expected;
    criteria++;
    (isMet ? met : unmet).push({
      kind: 'COMPETENCY',
      met: isMet,
      message: `${competencyLabel(ladder, expectation.competencyKey)} ${current} of ${expected} expected`,
      competencyKey: expectation.competencyKey,
      current,
      expected,
      selfOnly,
    });
  }

  const minMonths = from.minMonthsInLevel;
  if (minMonths > 0) {
    const months = projected ? minMonths : Math.max(0, Math.floor(monthsInLevel));
    const isMet = months >= minMonths;
    scoreSum += Math.min(1, months / minMonths);
    criteria++;
    (isMet ? met : unmet).push({
      kind: 'TIME_IN_LEVEL',
      met: isMet,
      message: `${months} of ${minMonths} months in level`,
      months,
      minMonths,
    });
  }

  for (const certification of requiredCertifications) {
    const isMet = held.has(normaliseCertification(certification));
    scoreSum += isMet ? 1 : 0;
    criteria++;
    (isMet ? met : unmet).push({
      kind: 'CERTIFICATION',
      met: isMet,
      message: isMet ? `Certification '${certification}' held` : `Certification '${certification}' missing`,
      certification,
    });
  }

  const ready = unmet.length === 0;
  const rounded = criteria === 0 ? 100 : Math.round((100 * scoreSum) / criteria);
  // 99.6 % rounds to 100 %, which would read as "ready" while a criterion is still unmet.
  const percent = ready ? rounded : Math.min(99, rounded);
  return { percent, ready, reasons: [...unmet, ...met], projected };
}

/** Standings for a level already looked up (used per path step). */
export function standingsFor(level: Level, proficiency: ProficiencyInput): CompetencyStanding[] {
  return level.expectations.map((expectation) => {
    const { proficiency: current, selfOnly } = proficiencyOf(proficiency, expectation.competencyKey);
    return {
      competencyKey: expectation.competencyKey,
      current,
      selfOnly,
      expected: expectation.proficiency,
      gap: Math.max(0, expectation.proficiency - current),
    };
  });
}
