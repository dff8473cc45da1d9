import type { TFunction } from 'i18next';
import type { LadderIssueCode } from '@pulse/domain-career';
import { isLocale } from '@pulse/shared';
import { LOCALE_NATIVE_NAMES } from '../../../i18n/locale';
import type { LadderLike } from '../ladderIndex';
import { localized } from '../localized';
import type { LadderIssueLike } from './issues';

/** validate-ladder's MAX_MIN_MONTHS_IN_LEVEL (the editor's field has the same max); not imported to keep the domain out of the bundle. */
const MAX_MIN_MONTHS_IN_LEVEL = 120;

type Noun = 'competency' | 'track' | 'level';
const NOUN: Record<string, Noun> = { competencies: 'competency', tracks: 'track', levels: 'level' };

/** An issue's path read against the ladder it was found in: `levels/3/name/pl` → level 3, field `name`, rest `['pl']`. */
type Where = {
  ladder: LadderLike;
  params: NonNullable<LadderIssueLike['params']>;
  section: string;
  index: number;
  field: string | undefined;
  rest: readonly string[];
  t: TFunction;
  language: string;
};

type Wording = (where: Where) => string | null;

/** A name as the issue shows it: a name that breaks the line rule (the issue itself may be about it) is shown on one line. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');

const nameOf = (items: ReadonlyArray<{ key: string; name: LadderLike['levels'][number]['name'] }>, key: string, language: string) =>
  oneLine(localized(items.find((item) => item.key === key)?.name, language) || key);
const levelName = (w: Where, key: string) => nameOf(w.ladder.levels, key, w.language);
const competencyName = (w: Where, key: string) => nameOf(w.ladder.competencies, key, w.language);
const trackName = (w: Where, key: string) => nameOf(w.ladder.tracks, key, w.language);

/** The language a path's last segment names (`…/name/zh-Hans`), as the text-language switch shows it. */
function languageOf(segment: string | undefined): string | null {
  return segment && isLocale(segment) ? LOCALE_NATIVE_NAMES[segment] : null;
}

function item(w: Where): { key: string; name: string } | null {
  const list: ReadonlyArray<{ key: string; name: LadderLike['levels'][number]['name'] }> | undefined =
    w.section === 'levels' ? w.ladder.levels : w.section === 'competencies' ? w.ladder.competencies : w.section === 'tracks' ? w.ladder.tracks : undefined;
  const found = list?.[w.index];
  return found ? { key: found.key, name: oneLine(localized(found.name, w.language) || found.key) } : null;
}

function level(w: Where) {
  return w.section === 'levels' ? (w.ladder.levels[w.index] ?? null) : null;
}

function move(w: Where) {
  const m = w.section === 'moves' ? w.ladder.moves[w.index] : undefined;
  if (!m) return null;
  return { ...m, subject: w.t(`career.ladder.issue.move.${m.kind}`, { from: levelName(w, m.fromLevelKey), to: levelName(w, m.toLevelKey) }) };
}

function lineProblem(w: Where): string | null {
  const fault = w.params.lineProblem;
  return fault ? w.t(`career.ladder.issue.lineProblem.${fault}`) : null;
}

/** Every code the domain reports: a new code does not compile until it is worded here. */
const WORDINGS: Record<LadderIssueCode, Wording> = {
  DUPLICATE_KEY: (w) => {
    const noun = NOUN[w.section];
    const found = item(w);
    if (noun && found && w.field === 'key' && w.rest.length === 0) return w.t(`career.ladder.issue.DUPLICATE_KEY.${noun}`, { key: found.key });
    const l = level(w);
    const expectation = l && w.field === 'expectations' ? l.expectations[Number(w.rest[0])] : undefined;
    if (!l || !expectation) return null;
    return w.t('career.ladder.issue.DUPLICATE_KEY.expectation', { level: levelName(w, l.key), competency: competencyName(w, expectation.competencyKey) });
  },
  INVALID_KEY: (w) => {
    const noun = NOUN[w.section];
    const found = item(w);
    return noun && found && w.field === 'key' ? w.t(`career.ladder.issue.INVALID_KEY.${noun}`, { key: found.key }) : null;
  },
  MISSING_TEXT: (w) => {
    const m = move(w);
    if (m) return w.field === 'requiredCertifications' ? w.t('career.ladder.issue.MISSING_TEXT.certification', { move: m.subject }) : null;
    const found = item(w);
    const noun = NOUN[w.section];
    if (!found || !noun) return null;
    if (w.field === 'name') {
      const language = languageOf(w.rest[0]);
      return language ? w.t(`career.ladder.issue.MISSING_TEXT.${noun}Name`, { name: found.name, language }) : null;
    }
    if (noun !== 'competency') return null;
    if (w.field === 'description') {
      const language = languageOf(w.rest[0]);
      return language ? w.t('career.ladder.issue.MISSING_TEXT.competencyDescription', { name: found.name, language }) : null;
    }
    const language = languageOf(w.rest[1]);
    if (w.field !== 'anchors' || !language) return null;
    return w.t('career.ladder.issue.MISSING_TEXT.anchor', { name: found.name, proficiency: Number(w.rest[0]) + 1, language });
  },
  NOT_SINGLE_LINE: (w) => {
    const problem = lineProblem(w);
    if (!problem) return null;
    const m = move(w);
    if (m) return w.field === 'requiredCertifications' ? w.t('career.ladder.issue.NOT_SINGLE_LINE.certification', { move: m.subject, n: Number(w.rest[0]) + 1, problem }) : null;
    const found = item(w);
    const noun = NOUN[w.section];
    const language = languageOf(w.rest[0]);
    if (!found || !noun || w.field !== 'name' || !language) return null;
    return w.t(`career.ladder.issue.NOT_SINGLE_LINE.${noun}Name`, { name: found.name, language, problem });
  },
  ANCHORS_NOT_FIVE: (w) => {
    const c = w.section === 'competencies' ? w.ladder.competencies[w.index] : undefined;
    return c ? w.t('career.ladder.issue.ANCHORS_NOT_FIVE', { name: competencyName(w, c.key), n: c.anchors.length }) : null;
  },
  UNKNOWN_TRACK: (w) => {
    const l = level(w);
    return l ? w.t('career.ladder.issue.UNKNOWN_TRACK', { level: levelName(w, l.key), track: l.trackKey }) : null;
  },
  DUPLICATE_RANK: (w) => {
    const l = level(w);
    // The level that took the rank first, as validateLadder found it.
    const holder = l ? w.ladder.levels.slice(0, w.index).find((o) => o.trackKey === l.trackKey && o.rank === l.rank) : undefined;
    if (!l || !holder) return null;
    return w.t('career.ladder.issue.DUPLICATE_RANK', { level: levelName(w, l.key), other: levelName(w, holder.key), rank: l.rank, track: trackName(w, l.trackKey) });
  },
  INVALID_RANK: (w) => {
    const l = level(w);
    return l ? w.t('career.ladder.issue.INVALID_RANK', { level: levelName(w, l.key), rank: l.rank }) : null;
  },
  UNKNOWN_COMPETENCY: (w) => {
    const l = level(w);
    const expectation = l && w.field === 'expectations' ? l.expectations[Number(w.rest[0])] : undefined;
    return l && expectation ? w.t('career.ladder.issue.UNKNOWN_COMPETENCY', { level: levelName(w, l.key), competency: expectation.competencyKey }) : null;
  },
  PROFICIENCY_OUT_OF_RANGE: (w) => {
    const l = level(w);
    const expectation = l && w.field === 'expectations' ? l.expectations[Number(w.rest[0])] : undefined;
    if (!l || !expectation) return null;
    return w.t('career.ladder.issue.PROFICIENCY_OUT_OF_RANGE', { level: levelName(w, l.key), competency: competencyName(w, expectation.competencyKey), proficiency: expectation.proficiency });
  },
  MIN_MONTHS_OUT_OF_RANGE: (w) => {
    const l = level(w);
    return l ? w.t('career.ladder.issue.MIN_MONTHS_OUT_OF_RANGE', { level: levelName(w, l.key), months: l.minMonthsInLevel, max: MAX_MIN_MONTHS_IN_LEVEL }) : null;
  },
  UNKNOWN_LEVEL: (w) => {
    const m = move(w);
    const key = w.field === 'fromLevelKey' ? m?.fromLevelKey : w.field === 'toLevelKey' ? m?.toLevelKey : undefined;
    return m && key !== undefined ? w.t('career.ladder.issue.UNKNOWN_LEVEL', { move: m.subject, level: key }) : null;
  },
  SELF_MOVE: (w) => {
    const m = move(w);
    return m ? w.t('career.ladder.issue.SELF_MOVE', { level: levelName(w, m.fromLevelKey), n: w.index + 1 }) : null;
  },
  DUPLICATE_MOVE: (w) => {
    const m = move(w);
    const first = m ? w.ladder.moves.findIndex((o) => o.fromLevelKey === m.fromLevelKey && o.toLevelKey === m.toLevelKey) : -1;
    if (!m || first < 0 || first >= w.index) return null;
    return w.t('career.ladder.issue.DUPLICATE_MOVE', { from: levelName(w, m.fromLevelKey), to: levelName(w, m.toLevelKey), n: w.index + 1, first: first + 1 });
  },
  PROMOTION_CYCLE: (w) => {
    const cycle = w.params.cycle;
    return cycle && cycle.length > 1 ? w.t('career.ladder.issue.PROMOTION_CYCLE', { cycle: cycle.map((key) => levelName(w, key)).join(' → ') }) : null;
  },
  NO_ENTRY_LEVEL: (w) => (w.section === 'levels' && Number.isNaN(w.index) ? w.t('career.ladder.issue.NO_ENTRY_LEVEL') : null),
  UNREACHABLE_LEVEL: (w) => {
    const l = level(w);
    const entries = w.ladder.levels.filter((o) => o.entry).map((o) => levelName(w, o.key));
    if (!l || entries.length === 0) return null;
    const list = new Intl.ListFormat(w.language, { type: 'disjunction' }).format(entries);
    return w.t('career.ladder.issue.UNREACHABLE_LEVEL', { level: levelName(w, l.key), entries: list });
  },
};

/**
 * The issue in the reader's language, its names taken from `ladder` (the ladder as it was checked, so
 * the indexes in the path still point at the right items); null when this screen cannot word it.
 */
export function translateLadderIssue(issue: LadderIssueLike, ladder: LadderLike, t: TFunction, language: string): string | null {
  if (!Object.hasOwn(WORDINGS, issue.code)) return null;
  const [section = '', index, field, ...rest] = issue.path.split('/');
  const wording = WORDINGS[issue.code as LadderIssueCode];
  return wording({ ladder, params: issue.params ?? {}, section, index: index === undefined ? Number.NaN : Number(index), field, rest, t, language });
}

/** What the editor shows: the translated issue, or the server's English message for a code it does not know. */
export function ladderIssueText(issue: LadderIssueLike, ladder: LadderLike, t: TFunction, language: string): string {
  return translateLadderIssue(issue, ladder, t, language) ?? issue.message;
}
