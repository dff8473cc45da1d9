import type { LadderDefinition, Level, LocalizedString, Move, Proficiency } from '../ladder';
import { DEFAULT_COMPETENCIES, type DefaultCompetencyKey } from './competencies';
import { expectationsOf, type ExpectationProfile } from './expectations';
import { QA_CALIBRATION, TRAIN_THE_TRAINER } from './support-ladder';

type TrackShape = {
  readonly key: string;
  readonly name: LocalizedString;
  /** Expected at the rank's full proficiency. */
  readonly core: readonly DefaultCompetencyKey[];
  /** Expected one step below the rank's proficiency. */
  readonly supporting: readonly DefaultCompetencyKey[];
  /** Proficiency the track's first rank expects: tracks entered mid-career start higher. */
  readonly floor: Proficiency;
};

/** Six tracks of a large contact centre; levels are dealt to them in turn, so each gets a share. */
const TRACK_SHAPES: readonly TrackShape[] = [
  {
    key: 'support-ic',
    name: {
      en: 'Support (individual contributor)',
      'zh-Hans': '客服（专业序列）',
      'zh-Hant': '客服（專業職系）',
      pl: 'Obsługa klienta (ścieżka ekspercka)',
    },
    core: ['empathy', 'communication', 'product-knowledge'],
    supporting: ['digital-tools', 'customer-insight', 'risk-control'],
    floor: 1,
  },
  {
    key: 'technical-support',
    name: { en: 'Technical support', 'zh-Hans': '技术支持', 'zh-Hant': '技術支援', pl: 'Wsparcie techniczne' },
    core: ['product-knowledge', 'digital-tools', 'data-analysis'],
    supporting: ['communication', 'customer-insight', 'risk-control'],
    floor: 1,
  },
  {
    key: 'team-leadership',
    name: { en: 'Team leadership', 'zh-Hans': '团队管理', 'zh-Hant': '團隊管理', pl: 'Kierowanie zespołem' },
    core: ['coaching-leadership', 'communication', 'cost-awareness'],
    supporting: ['empathy', 'data-analysis', 'risk-control', 'product-knowledge'],
    floor: 3,
  },
  {
    key: 'quality',
    name: { en: 'Quality', 'zh-Hans': '质量管理', 'zh-Hant': '品質管理', pl: 'Jakość' },
    core: ['data-analysis', 'risk-control', 'communication'],
    supporting: ['product-knowledge', 'customer-insight'],
    floor: 3,
  },
  {
    key: 'workforce',
    name: { en: 'Workforce management', 'zh-Hans': '排班与人力规划', 'zh-Hant': '排班與人力規劃', pl: 'Planowanie obsady' },
    core: ['data-analysis', 'cost-awareness', 'digital-tools'],
    supporting: ['communication'],
    floor: 3,
  },
  {
    key: 'training',
    name: { en: 'Training and knowledge', 'zh-Hans': '培训与知识管理', 'zh-Hant': '教育訓練與知識管理', pl: 'Szkolenia i wiedza' },
    core: ['communication', 'coaching-leadership', 'product-knowledge'],
    supporting: ['empathy', 'digital-tools'],
    floor: 3,
  },
];

const [IC, TECHNICAL, LEADERSHIP, QUALITY, WORKFORCE, TRAINING] = TRACK_SHAPES.map((t) => t.key) as [
  string,
  string,
  string,
  string,
  string,
  string,
];

/** Spreads ranks 1…ranks over proficiency floor…5, never falling as the rank rises. */
function proficiencyAt(rank: number, ranks: number, floor: Proficiency): Proficiency {
  if (ranks <= 1) return floor;
  return (floor + Math.round(((rank - 1) * (5 - floor)) / (ranks - 1))) as Proficiency;
}

function profileAt(track: TrackShape, rank: number, ranks: number): ExpectationProfile {
  const full = proficiencyAt(rank, ranks, track.floor);
  const profile: ExpectationProfile = {};
  for (const key of track.supporting) if (full > 1) profile[key] = (full - 1) as Proficiency;
  for (const key of track.core) profile[key] = full;
  return profile;
}

function levelName(track: TrackShape, rank: number): LocalizedString {
  return {
    en: `${track.name.en} ${rank}`,
    'zh-Hans': `${track.name['zh-Hans']} ${rank} 级`,
    'zh-Hant': `${track.name['zh-Hant']} ${rank} 級`,
    pl: `${track.name.pl}, poziom ${rank}`,
  };
}

export const MIN_LARGE_LADDER_LEVELS = TRACK_SHAPES.length;

/**
 * A large, valid ladder for benchmarks: `levels` levels dealt in turn to six tracks, promotions up each
 * track, promotions from the two support tracks into team leadership, and laterals between support and
 * the specialist tracks (into quality and training only with a certification). Every level is
 * reachable from the first support level, the only entry level besides the top of team leadership.
 * Deterministic: the same `levels` always gives the same ladder.
 */
export function generateLargeLadder(levels = 30): LadderDefinition {
  if (!Number.isInteger(levels) || levels < MIN_LARGE_LADDER_LEVELS) {
    throw new RangeError(`A large ladder needs a whole number of at least ${MIN_LARGE_LADDER_LEVELS} levels, got ${levels}.`);
  }
  const ranksOf = new Map(TRACK_SHAPES.map((t, i) => [t.key, Math.floor((levels - 1 - i) / TRACK_SHAPES.length) + 1]));
  const ranks = (trackKey: string): number => ranksOf.get(trackKey) ?? 0;
  const keyOf = (trackKey: string, rank: number): string => `${trackKey}-${rank}`;

  const ladderLevels: Level[] = [];
  for (let i = 0; i < levels; i++) {
    const track = TRACK_SHAPES[i % TRACK_SHAPES.length] as TrackShape;
    const rank = Math.floor(i / TRACK_SHAPES.length) + 1;
    const top = ranks(track.key);
    ladderLevels.push({
      key: keyOf(track.key, rank),
      trackKey: track.key,
      rank,
      name: levelName(track, rank),
      minMonthsInLevel: rank === top ? 0 : rank === 1 ? 6 : 12,
      entry: (track.key === IC && rank === 1) || (track.key === LEADERSHIP && rank === top),
      expectations: expectationsOf(profileAt(track, rank, top)),
    });
  }

  const moves: Move[] = [];
  const add = (from: string, fromRank: number, to: string, toRank: number, kind: Move['kind'], certification?: string): void => {
    if (fromRank < 1 || toRank < 1 || fromRank > ranks(from) || toRank > ranks(to)) return;
    moves.push({
      fromLevelKey: keyOf(from, fromRank),
      toLevelKey: keyOf(to, toRank),
      kind,
      requiredCertifications: certification ? [certification] : [],
    });
  };
  for (const track of TRACK_SHAPES) for (let r = 1; r < ranks(track.key); r++) add(track.key, r, track.key, r + 1, 'PROMOTION');
  // The specialist tracks start where an experienced agent stands: at most the third support rank.
  const hub = Math.min(3, ranks(IC));
  for (let r = 1; r <= ranks(IC); r++) {
    add(IC, r, TECHNICAL, r, 'LATERAL');
    add(TECHNICAL, r, IC, r, 'LATERAL');
    const specialistRank = r - hub + 1;
    add(IC, r, LEADERSHIP, specialistRank, 'PROMOTION');
    add(TECHNICAL, r, LEADERSHIP, specialistRank, 'PROMOTION');
    add(IC, r, QUALITY, specialistRank, 'LATERAL', QA_CALIBRATION);
    add(QUALITY, specialistRank, IC, r, 'LATERAL');
    add(IC, r, WORKFORCE, specialistRank, 'LATERAL');
    add(WORKFORCE, specialistRank, IC, r, 'LATERAL');
    add(IC, r, TRAINING, specialistRank, 'LATERAL', TRAIN_THE_TRAINER);
  }

  return {
    competencies: DEFAULT_COMPETENCIES,
    tracks: TRACK_SHAPES.map(({ key, name }) => ({ key, name })),
    levels: ladderLevels,
    moves,
  };
}

/** The 30-level ladder of the benchmark organisation (issue 11, performance). */
export const LADDER_TEMPLATE_30: LadderDefinition = generateLargeLadder(30);
