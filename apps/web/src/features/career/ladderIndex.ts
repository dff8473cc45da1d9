import { localized, type Localized } from './localized';

/** The parts of a ladder every career screen reads (structurally the CareerLadder fragment). */
export type LadderLike = {
  readonly competencies: ReadonlyArray<{ key: string; name: Localized; description: Localized; anchors: readonly Localized[] }>;
  readonly tracks: ReadonlyArray<{ key: string; name: Localized }>;
  readonly levels: ReadonlyArray<{
    key: string;
    trackKey: string;
    rank: number;
    name: Localized;
    minMonthsInLevel: number;
    entry: boolean;
    expectations: ReadonlyArray<{ competencyKey: string; proficiency: number }>;
  }>;
  readonly moves: ReadonlyArray<{ fromLevelKey: string; toLevelKey: string; kind: 'PROMOTION' | 'LATERAL'; requiredCertifications: readonly string[] }>;
};

export type LadderIndex = {
  levelName: (key: string | null | undefined) => string;
  competencyName: (key: string) => string;
  trackName: (key: string) => string;
  /** The behavioural anchor of a competency at a proficiency (1–5), in the reader's language. */
  anchor: (competencyKey: string, proficiency: number) => string;
  minMonths: (levelKey: string | null | undefined) => number;
  move: (from: string, to: string) => LadderLike['moves'][number] | undefined;
};

/**
 * Name look-ups for one ladder in one language. A key the ladder no longer has (a past record made
 * under an older version) shows as the key itself rather than disappearing.
 */
export function ladderIndex(ladder: LadderLike | null | undefined, language: string): LadderIndex {
  const levels = new Map((ladder?.levels ?? []).map((l) => [l.key, l]));
  const competencies = new Map((ladder?.competencies ?? []).map((c) => [c.key, c]));
  const tracks = new Map((ladder?.tracks ?? []).map((t) => [t.key, t]));
  const moves = new Map((ladder?.moves ?? []).map((m) => [`${m.fromLevelKey}>${m.toLevelKey}`, m]));
  return {
    levelName: (key) => (key ? localized(levels.get(key)?.name, language) || key : ''),
    competencyName: (key) => localized(competencies.get(key)?.name, language) || key,
    trackName: (key) => localized(tracks.get(key)?.name, language) || key,
    anchor: (key, proficiency) => localized(competencies.get(key)?.anchors[proficiency - 1], language),
    minMonths: (key) => (key ? (levels.get(key)?.minMonthsInLevel ?? 0) : 0),
    move: (from, to) => moves.get(`${from}>${to}`),
  };
}
