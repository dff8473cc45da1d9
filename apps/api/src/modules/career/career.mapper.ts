import type { LadderDefinition, LocalizedString } from '@pulse/domain-career';
import type { LocalizedStringInput } from './dto/career-ladder.input';
import type { MoveKindEnum } from './models/career-enums';
import type { CareerLadderModel, LocalizedStringModel } from './models/ladder.model';

/** GraphQL names cannot hold a hyphen: zh-Hans is zhHans. */
export const toLocalized = (s: LocalizedString): LocalizedStringModel => ({ en: s.en, zhHans: s['zh-Hans'], zhHant: s['zh-Hant'], pl: s.pl });
export const fromLocalized = (s: LocalizedStringInput): LocalizedString => ({ en: s.en, 'zh-Hans': s.zhHans, 'zh-Hant': s.zhHant, pl: s.pl });

export function ladderModel(d: LadderDefinition, meta: { versionId: string; effectiveFrom: string; publishedAt: Date; note: string | null }): CareerLadderModel {
  return {
    ...meta,
    competencies: d.competencies.map((c) => ({ key: c.key, name: toLocalized(c.name), description: toLocalized(c.description), anchors: c.anchors.map(toLocalized) })),
    tracks: d.tracks.map((t) => ({ key: t.key, name: toLocalized(t.name) })),
    levels: d.levels.map((l) => ({
      key: l.key,
      trackKey: l.trackKey,
      rank: l.rank,
      name: toLocalized(l.name),
      minMonthsInLevel: l.minMonthsInLevel,
      entry: l.entry,
      expectations: l.expectations.map((e) => ({ competencyKey: e.competencyKey, proficiency: e.proficiency })),
    })),
    moves: d.moves.map((m) => ({ fromLevelKey: m.fromLevelKey, toLevelKey: m.toLevelKey, kind: m.kind as MoveKindEnum, requiredCertifications: [...m.requiredCertifications] })),
  };
}
