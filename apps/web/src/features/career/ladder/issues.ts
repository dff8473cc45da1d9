/** A validation issue from validateCareerLadder / publishCareerLadder, located by a path like `levels/3/expectations/1`. */
export type LadderIssueLike = { code: string; path: string; message: string };

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
        out.push({ code: item.code, path: item.path, message: item.message });
      }
    }
  }
  return out;
}
