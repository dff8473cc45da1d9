import type { CareerLadderInput } from '../../../gql/graphql';
import { EMPTY_LOCALIZED, type Localized } from '../localized';
import type { LadderLike } from '../ladderIndex';

/** The editor's working copy: the publish input's shape, plain objects, edited immutably. */
export type LadderDraft = {
  effectiveFrom: string;
  note: string;
  competencies: Array<{ key: string; name: Localized; description: Localized; anchors: Localized[] }>;
  tracks: Array<{ key: string; name: Localized }>;
  levels: Array<{ key: string; trackKey: string; rank: number; name: Localized; minMonthsInLevel: number; entry: boolean; expectations: Array<{ competencyKey: string; proficiency: number }> }>;
  moves: Array<{ fromLevelKey: string; toLevelKey: string; kind: 'PROMOTION' | 'LATERAL'; requiredCertifications: string[] }>;
};

const text = (l: Localized): Localized => ({ en: l.en, zhHans: l.zhHans, zhHant: l.zhHant, pl: l.pl });

/** A published ladder (or the template) as a draft effective from `effectiveFrom` (no __typename left). */
export function toDraft(ladder: LadderLike, effectiveFrom: string): LadderDraft {
  return {
    effectiveFrom,
    note: '',
    competencies: ladder.competencies.map((c) => ({ key: c.key, name: text(c.name), description: text(c.description), anchors: c.anchors.map(text) })),
    tracks: ladder.tracks.map((t) => ({ key: t.key, name: text(t.name) })),
    levels: ladder.levels.map((l) => ({
      key: l.key,
      trackKey: l.trackKey,
      rank: l.rank,
      name: text(l.name),
      minMonthsInLevel: l.minMonthsInLevel,
      entry: l.entry,
      expectations: l.expectations.map((e) => ({ competencyKey: e.competencyKey, proficiency: e.proficiency })),
    })),
    moves: ladder.moves.map((m) => ({ fromLevelKey: m.fromLevelKey, toLevelKey: m.toLevelKey, kind: m.kind, requiredCertifications: [...m.requiredCertifications] })),
  };
}

export function toInput(draft: LadderDraft): CareerLadderInput {
  return { ...draft, note: draft.note.trim() || null };
}

/** A draft is also a ladder for the graph and look-ups. */
export function asLadder(draft: LadderDraft): LadderLike {
  return draft;
}

/** Sets (or with 0 removes) a level's expected proficiency in a competency, keeping the other expectations' order. */
export function setExpectation(draft: LadderDraft, levelIndex: number, competencyKey: string, proficiency: number): LadderDraft {
  const levels = draft.levels.map((level, i) => {
    if (i !== levelIndex) return level;
    const has = level.expectations.some((e) => e.competencyKey === competencyKey);
    const expectations =
      proficiency <= 0
        ? level.expectations.filter((e) => e.competencyKey !== competencyKey)
        : has
          ? level.expectations.map((e) => (e.competencyKey === competencyKey ? { ...e, proficiency } : e))
          : [...level.expectations, { competencyKey, proficiency }];
    return { ...level, expectations };
  });
  return { ...draft, levels };
}

export function patchAt<T>(items: readonly T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}

/** Removing a level also removes the moves into and out of it (they could not be published). */
export function removeLevel(draft: LadderDraft, index: number): LadderDraft {
  const key = draft.levels[index]?.key;
  return { ...draft, levels: draft.levels.filter((_, i) => i !== index), moves: draft.moves.filter((m) => m.fromLevelKey !== key && m.toLevelKey !== key) };
}

/** Removing a competency also removes every level's expectation of it. */
export function removeCompetency(draft: LadderDraft, index: number): LadderDraft {
  const key = draft.competencies[index]?.key;
  return {
    ...draft,
    competencies: draft.competencies.filter((_, i) => i !== index),
    levels: draft.levels.map((l) => ({ ...l, expectations: l.expectations.filter((e) => e.competencyKey !== key) })),
  };
}

/** A fresh key that is not yet used: `level-3`, `competency-2`. */
export function freshKey(prefix: string, used: readonly string[]): string {
  const taken = new Set(used);
  for (let n = used.length + 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function newLevel(draft: LadderDraft): LadderDraft['levels'][number] {
  const trackKey = draft.tracks[0]?.key ?? '';
  const rank = Math.max(0, ...draft.levels.filter((l) => l.trackKey === trackKey).map((l) => l.rank)) + 1;
  return { key: freshKey('level', draft.levels.map((l) => l.key)), trackKey, rank, name: { ...EMPTY_LOCALIZED }, minMonthsInLevel: 0, entry: false, expectations: [] };
}

export function newCompetency(draft: LadderDraft): LadderDraft['competencies'][number] {
  return {
    key: freshKey('competency', draft.competencies.map((c) => c.key)),
    name: { ...EMPTY_LOCALIZED },
    description: { ...EMPTY_LOCALIZED },
    anchors: [1, 2, 3, 4, 5].map(() => ({ ...EMPTY_LOCALIZED })),
  };
}

/** "QA calibration, Train-the-trainer" → two names; blanks dropped. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A new level's key, renamed as HR types it: its moves follow it. */
export function renameLevel(draft: LadderDraft, index: number, key: string): LadderDraft {
  const old = draft.levels[index]?.key;
  return {
    ...draft,
    levels: patchAt(draft.levels, index, { key }),
    moves: draft.moves.map((m) => ({ ...m, fromLevelKey: m.fromLevelKey === old ? key : m.fromLevelKey, toLevelKey: m.toLevelKey === old ? key : m.toLevelKey })),
  };
}

/** A new competency's key, renamed: the levels' expectations follow it. */
export function renameCompetency(draft: LadderDraft, index: number, key: string): LadderDraft {
  const old = draft.competencies[index]?.key;
  return {
    ...draft,
    competencies: patchAt(draft.competencies, index, { key }),
    levels: draft.levels.map((l) => ({ ...l, expectations: l.expectations.map((e) => (e.competencyKey === old ? { ...e, competencyKey: key } : e)) })),
  };
}

/** A new track's key, renamed: its levels follow it. */
export function renameTrack(draft: LadderDraft, index: number, key: string): LadderDraft {
  const old = draft.tracks[index]?.key;
  return { ...draft, tracks: patchAt(draft.tracks, index, { key }), levels: draft.levels.map((l) => (l.trackKey === old ? { ...l, trackKey: key } : l)) };
}
