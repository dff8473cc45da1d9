import type { Locale, SingleLineFault } from '@pulse/shared';

/**
 * The career ladder of one organisation as of one date (SPEC §5).
 *
 * A ladder is published whole, as a version with an `effectiveFrom` date: reading the ladder on a
 * date takes the latest version effective on or before it, so an edit applies from its date and
 * past assessments and promotions (which name levels and competencies by key) are never rewritten.
 * Keys are stable, lower-case slugs chosen by HR (`agent-1`, `empathy`); names are shown text.
 */

/** Proficiency on a competency, 1 (foundational) … 5 (expert/role model). */
export type Proficiency = 1 | 2 | 3 | 4 | 5;
export const PROFICIENCIES: readonly Proficiency[] = [1, 2, 3, 4, 5];

/** Text HR writes in every product language (our own wording, not a validated instrument). */
export type LocalizedString = { readonly [L in Locale]: string };

export type Competency = {
  readonly key: string;
  readonly name: LocalizedString;
  readonly description: LocalizedString;
  /** What the behaviour looks like at each proficiency: index 0 is proficiency 1. Exactly five. */
  readonly anchors: readonly LocalizedString[];
};

export type Track = {
  readonly key: string;
  readonly name: LocalizedString;
};

/** A competency a level expects, at a proficiency. Competencies a level does not list are not expected (0). */
export type Expectation = { readonly competencyKey: string; readonly proficiency: Proficiency };

export type Level = {
  readonly key: string;
  readonly trackKey: string;
  /** Order within the track: 1 is the first level. Unique per track. */
  readonly rank: number;
  readonly name: LocalizedString;
  /** Minimum whole months in this level before a move out of it. 0 = none. */
  readonly minMonthsInLevel: number;
  /** People can be hired into (or start the ladder at) this level; every other level must be reachable from one. */
  readonly entry: boolean;
  readonly expectations: readonly Expectation[];
};

/** PROMOTION: up (within or across tracks). LATERAL: a move across tracks at a similar level. */
export type MoveKind = 'PROMOTION' | 'LATERAL';

export type Move = {
  readonly fromLevelKey: string;
  readonly toLevelKey: string;
  readonly kind: MoveKind;
  /** Certification names required for this move (evidence from the learning slice once it lands). */
  readonly requiredCertifications: readonly string[];
};

export type LadderDefinition = {
  readonly competencies: readonly Competency[];
  readonly tracks: readonly Track[];
  readonly levels: readonly Level[];
  readonly moves: readonly Move[];
};

/** Every problem that stops a ladder from being published (screens translate each one, so they iterate this list). */
export const LADDER_ISSUE_CODES = [
  'DUPLICATE_KEY',
  'INVALID_KEY',
  'MISSING_TEXT',
  'NOT_SINGLE_LINE',
  'ANCHORS_NOT_FIVE',
  'UNKNOWN_TRACK',
  'DUPLICATE_RANK',
  'INVALID_RANK',
  'UNKNOWN_COMPETENCY',
  'PROFICIENCY_OUT_OF_RANGE',
  'MIN_MONTHS_OUT_OF_RANGE',
  'UNKNOWN_LEVEL',
  'SELF_MOVE',
  'DUPLICATE_MOVE',
  'PROMOTION_CYCLE',
  'NO_ENTRY_LEVEL',
  'UNREACHABLE_LEVEL',
] as const;

/** A problem that stops a ladder from being published, with where it is. */
export type LadderIssueCode = (typeof LADDER_ISSUE_CODES)[number];

/**
 * What an issue's message says that its path and the definition cannot tell a reader: set only on the
 * codes that need it, so a screen can word the issue in its reader's language.
 */
export type LadderIssueParams = {
  /** NOT_SINGLE_LINE: what breaks the line. */
  readonly lineProblem?: SingleLineFault;
  /** PROMOTION_CYCLE: the level keys in promotion order, starting and ending at the same level. */
  readonly cycle?: readonly string[];
};

export type LadderIssue = {
  readonly code: LadderIssueCode;
  /** A JSON-pointer-like path into the definition, e.g. `levels/3/expectations/1`. */
  readonly path: string;
  /** One clear English sentence naming the keys involved. */
  readonly message: string;
  readonly params?: LadderIssueParams;
};

/** Where evidence for a competency comes from. Sources are pluggable (learning and certifications land later). */
export type EvidenceKind = 'ASSESSMENT' | 'QA_TREND' | 'CUSTOMER_INSIGHT' | 'TRAINING' | 'CERTIFICATION';

export type Evidence = {
  readonly kind: EvidenceKind;
  /** Competency the evidence speaks for; null when it supports the person as a whole (a certification). */
  readonly competencyKey: string | null;
  readonly summary: string;
  readonly at: string; // ISO date
};

/** A source of evidence about one person (an interface the API implements per data source). */
export interface EvidenceSource {
  readonly kind: EvidenceKind;
  collect(personId: string, asOf: string): Promise<readonly Evidence[]>;
}
