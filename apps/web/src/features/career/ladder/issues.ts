import type { SingleLineFault } from '@pulse/shared';

/** The details some codes carry beyond their path (LadderIssueParams), for wording them in the reader's language. */
export type LadderIssueParamsLike = { lineProblem?: SingleLineFault | null; cycle?: readonly string[] | null };

/**
 * A validation issue from validateCareerLadder / publishCareerLadder, located by a path like
 * `levels/3/expectations/1`. `message` is the server's English, shown only for codes the screen cannot word.
 */
export type LadderIssueLike = { code: string; path: string; message: string; params?: LadderIssueParamsLike | null };

const LINE_PROBLEMS: readonly SingleLineFault[] = ['LINE_BREAK', 'TAB', 'CONTROL_CHARACTER'];

/** The publish error's issues are plain JSON: keep only params of the expected shape. */
function paramsFrom(value: unknown): LadderIssueParamsLike | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { lineProblem, cycle } = value as { lineProblem?: unknown; cycle?: unknown };
  const params: LadderIssueParamsLike = {};
  const fault = LINE_PROBLEMS.find((p) => p === lineProblem);
  if (fault) params.lineProblem = fault;
  if (Array.isArray(cycle) && cycle.every((key) => typeof key === 'string')) params.cycle = cycle;
  return Object.keys(params).length ? params : undefined;
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * Issues that name `path` itself (exact = true) or anything inside it: `levels/3` owns
 * `levels/3/name/en`, but not `levels/30`.
 */
export function issuesAt(issues: readonly LadderIssueLike[], path: string, exact = false): LadderIssueLike[] {
  const want = segments(path);
  return issues.filter((issue) => {
    const have = segments(issue.path);
    if (exact ? have.length !== want.length : have.length < want.length) return false;
    return want.every((s, i) => have[i] === s);
  });
}

/** Issues that no field on the form owns (the ladder as a whole, e.g. NO_ENTRY_LEVEL at path ""). */
export function unplacedIssues(issues: readonly LadderIssueLike[], placedPrefixes: readonly string[]): LadderIssueLike[] {
  return issues.filter((issue) => !placedPrefixes.some((p) => issuesAt([issue], p).length > 0));
}

/** The publish mutation refuses with BAD_USER_INPUT and the issues in `extensions.issues`. */
export function issuesFromError(error: unknown): LadderIssueLike[] {
  if (typeof error !== 'object' || error === null || !('errors' in error)) return [];
  const errors = (error as { errors: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  const out: LadderIssueLike[] = [];
  for (const e of errors) {
    const list = (e as { extensions?: { issues?: unknown } }).extensions?.issues;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (item && typeof item === 'object' && typeof item.path === 'string' && typeof item.code === 'string' && typeof item.message === 'string') {
        const params = paramsFrom(item.params);
        out.push(params ? { code: item.code, path: item.path, message: item.message, params } : { code: item.code, path: item.path, message: item.message });
      }
    }
  }
  return out;
}
