import { MIN_CONFIDENTIALITY_K } from '@pulse/shared';

/** Why a cell is hidden: its own size, or because showing it would let someone subtract to a small group. */
export type SuppressionReason = 'FEWER_THAN_K' | 'COMPLEMENTARY';

export type GroupCount = {
  readonly id: string;
  readonly respondents: number;
  /** Higher means more worth keeping visible (e.g. a whole team over one of its cross-cut cells); default 0. */
  readonly keep?: number;
};

/**
 * One way of dividing a parent group: org → teams, org → work modes, team → team × work mode.
 * A parent may have several splits (cross-cuts), and a cell may sit in several splits (team × mode
 * is a child of its team and of its work mode). Children are disjoint; respondents of the parent
 * in no child (no team yet) are a remainder that is never shown.
 */
export type GroupSplit = { readonly parentId: string; readonly childIds: readonly string[]; readonly dimension?: string };

export type SuppressionInput = {
  /** Minimum respondents for a shown aggregate (SPEC §4.3: default 5, never below 3). */
  readonly k: number;
  readonly groups: readonly GroupCount[];
  readonly splits: readonly GroupSplit[];
};

/** Counts are deliberately not echoed: the caller decides what a shown cell displays. */
export type CellDecision =
  | { readonly groupId: string; readonly shown: true }
  | { readonly groupId: string; readonly shown: false; readonly reason: SuppressionReason };

type Split = { readonly parent: string; readonly children: readonly string[]; readonly remainder: number };

/** How a cell's count can be worked out from what is shown. */
type Derivation =
  | { readonly kind: 'shown' }
  /** The only unknown child of a known parent with no remainder: parent − the other children. */
  | { readonly kind: 'difference'; readonly split: Split }
  /** A parent without remainder whose children are all known: their sum. */
  | { readonly kind: 'sum'; readonly split: Split };

/**
 * Small-group suppression (SPEC §4.3), first version.
 *
 * 1. Every group with fewer than k respondents is hidden (`FEWER_THAN_K`).
 * 2. Work out everything a reader can derive from the shown cells by single subtractions and
 *    additions along splits, repeatedly (a hidden cell can be recovered as parent − siblings, and a
 *    hidden parent as the sum of its children, and so on in chains).
 * 3. If for some known parent the unknown rest (parent − known children) is 1…k−1 respondents,
 *    or some derived cell has 1…k−1 respondents, hide one more cell (`COMPLEMENTARY`): among the
 *    shown children and the shown cells that derived children rest on, the smallest one whose
 *    hiding fixes the problem (a hidden cell can be derived right back, e.g. a team from its
 *    sub-teams), else the smallest. Smallest first keeps a team × mode cell before a whole mode.
 * 4. Repeat from 2 until stable. Each round hides a shown cell, so it ends.
 *
 * Guarantees: every shown cell has ≥ k respondents; for every parent that is shown or derivable,
 * parent − (sum of its shown or derivable children in any one split) is 0 or ≥ k.
 *
 * Pass every cell a reader can request together (all filter combinations), or differences between
 * separately suppressed answers leak. Not guaranteed yet: attacks that solve several split equations
 * at once (possible in cross-cut tables: a hidden cell bridging two rectangles of hidden cells; a
 * property test checks for it by Gaussian elimination), and differences between consecutive waves.
 * See docs/adr/0007-instrument-library.md.
 */
const LOOKAHEAD = 3;
const BATCH_FROM = 200;

export function suppressSmallGroups(input: SuppressionInput): CellDecision[] {
  const { k } = input;
  if (!Number.isInteger(k) || k < MIN_CONFIDENTIALITY_K) {
    throw new RangeError(`k must be a whole number of at least ${MIN_CONFIDENTIALITY_K}; got ${k}`);
  }
  const count = new Map<string, number>();
  const order = new Map<string, number>();
  const keep = new Map<string, number>();
  for (const g of input.groups) {
    if (count.has(g.id)) throw new RangeError(`Group ${g.id} is listed twice`);
    if (!Number.isInteger(g.respondents) || g.respondents < 0) {
      throw new RangeError(`Group ${g.id}: respondents must be a whole number ≥ 0; got ${g.respondents}`);
    }
    count.set(g.id, g.respondents);
    order.set(g.id, order.size);
    keep.set(g.id, g.keep ?? 0);
  }
  const splits = input.splits.map((s) => normaliseSplit(s, count));
  const batched = count.size >= BATCH_FROM;

  const hidden = new Map<string, SuppressionReason>();
  for (const [id, n] of count) if (n < k) hidden.set(id, 'FEWER_THAN_K');

  const isSmall = (n: number) => n >= 1 && n <= k - 1;
  // Least worth keeping first, then smallest count (loses the least), then input order, so results are deterministic.
  const sortBySize = (ids: readonly string[]) =>
    [...ids].sort((a, b) => keep.get(a)! - keep.get(b)! || count.get(a)! - count.get(b)! || order.get(a)! - order.get(b)!);

  /** parent − its children known other than through this very split; null when the parent is unknown. */
  const restOf = (split: Split, known: ReadonlyMap<string, Derivation>): { rest: number; subtracted: string[] } | null => {
    if (!known.has(split.parent)) return null;
    // A child derived from this split is the rest itself, not something subtracted from it.
    const subtracted = split.children.filter((c) => {
      const d = known.get(c);
      return d !== undefined && !(d.kind === 'difference' && d.split === split);
    });
    return { rest: count.get(split.parent)! - subtracted.reduce((sum, c) => sum + count.get(c)!, 0), subtracted };
  };

  /**
   * The first candidate (smallest first) whose hiding alone removes the problem, looking one step
   * ahead because a hidden cell may be derived right back; else the smallest candidate.
   */
  const chooseVictim = (candidates: readonly string[], solved: (known: ReadonlyMap<string, Derivation>) => boolean) => {
    const ordered = sortBySize([...new Set(candidates)]);
    // Looking ahead costs a full derivation per try: the few smallest candidates are enough.
    // In batched (large) inputs the next round re-checks anyway: no look-ahead there.
    for (const c of ordered.slice(0, batched ? 0 : LOOKAHEAD)) {
      const trial = new Map(hidden).set(c, 'COMPLEMENTARY');
      if (solved(deriveKnown(count, trial, splits))) return c;
    }
    return ordered[0];
  };

  for (;;) {
    const known = deriveKnown(count, hidden, splits);
    const support = supportFinder(known);
    const supportOf = (ids: readonly string[]) => ids.flatMap((id) => [...support(id)]);

    // In large inputs every problem found in a round gets a victim, unless a victim chosen earlier in
    // the round already touches it (then the next round looks again). Batching keeps a whole
    // organisation's wave to a few rounds; it may hide a little more than one problem per round.
    const victims = new Set<string>();
    for (const split of splits) {
      if (victims.size > 0 && !batched) break;
      const r = restOf(split, known);
      if (!r || !isSmall(r.rest)) continue;
      // Hide a shown child, or a shown cell that a derived child (or the derived parent) rests on.
      const candidates = r.subtracted.length ? supportOf(r.subtracted) : supportOf([split.parent]);
      if (candidates.some((c) => victims.has(c))) continue;
      const victim = chooseVictim(candidates, (after) => {
        const r2 = restOf(split, after);
        return !r2 || !isSmall(r2.rest);
      });
      victims.add(victim);
      hidden.set(victim, 'COMPLEMENTARY');
    }
    if (victims.size === 0) {
      const smallDerived = sortBySize([...known.keys()].filter((id) => hidden.has(id) && isSmall(count.get(id)!)));
      for (const cell of smallDerived) {
        const candidates = supportOf([cell]);
        if (candidates.some((c) => victims.has(c))) continue;
        const victim = chooseVictim(candidates, (after) => !after.has(cell));
        victims.add(victim);
        hidden.set(victim, 'COMPLEMENTARY');
        if (!batched) break;
      }
    }
    if (victims.size === 0) break;
  }

  return input.groups.map((g) => {
    const reason = hidden.get(g.id);
    return reason ? { groupId: g.id, shown: false, reason } : { groupId: g.id, shown: true };
  });
}

function normaliseSplit(s: GroupSplit, count: ReadonlyMap<string, number>): Split {
  const name = `Split of ${s.parentId}${s.dimension ? ` by ${s.dimension}` : ''}`;
  const parentCount = count.get(s.parentId);
  if (parentCount === undefined) throw new RangeError(`${name}: unknown parent group`);
  if (s.childIds.length === 0) throw new RangeError(`${name}: no children`);
  if (new Set(s.childIds).size !== s.childIds.length) throw new RangeError(`${name}: a child is listed twice`);
  let sum = 0;
  for (const c of s.childIds) {
    if (c === s.parentId) throw new RangeError(`${name}: a group cannot be its own child`);
    const n = count.get(c);
    if (n === undefined) throw new RangeError(`${name}: unknown child group ${c}`);
    sum += n;
  }
  if (sum > parentCount) throw new RangeError(`${name}: children have ${sum} respondents, more than the parent's ${parentCount}`);
  return { parent: s.parentId, children: s.childIds, remainder: parentCount - sum };
}

/** Shown cells plus every cell derivable from them by chains of single split equations. */
function deriveKnown(
  count: ReadonlyMap<string, number>,
  hidden: ReadonlyMap<string, SuppressionReason>,
  splits: readonly Split[],
): Map<string, Derivation> {
  const known = new Map<string, Derivation>();
  for (const id of count.keys()) if (!hidden.has(id)) known.set(id, { kind: 'shown' });
  // Worklist: a split is looked at again only when one of its cells became known. An unknown
  // remainder blocks both derivations, so such splits never enter it.
  const bySplitMember = splitsByMember(splits);
  const queue = splits.filter((s) => s.remainder === 0);
  const queued = new Set(queue);
  while (queue.length) {
    const split = queue.pop()!;
    queued.delete(split);
    let unknown = 0;
    let last: string | undefined;
    for (const c of split.children) {
      if (known.has(c)) continue;
      last = c;
      if (++unknown > 1) break;
    }
    let derived: string | undefined;
    if (known.has(split.parent) && unknown === 1) {
      known.set(last!, { kind: 'difference', split });
      derived = last;
    } else if (!known.has(split.parent) && unknown === 0) {
      known.set(split.parent, { kind: 'sum', split });
      derived = split.parent;
    }
    if (derived === undefined) continue;
    for (const s of bySplitMember(derived)) {
      if (s.remainder === 0 && !queued.has(s)) {
        queue.push(s);
        queued.add(s);
      }
    }
  }
  return known;
}

const memberIndex = new WeakMap<readonly Split[], Map<string, Split[]>>();

/** The splits a cell takes part in (as parent or child), indexed once per split list. */
function splitsByMember(splits: readonly Split[]): (id: string) => readonly Split[] {
  let index = memberIndex.get(splits);
  if (!index) {
    index = new Map();
    for (const s of splits) for (const id of [s.parent, ...s.children]) index.set(id, [...(index.get(id) ?? []), s]);
    memberIndex.set(splits, index);
  }
  const found = index;
  return (id) => found.get(id) ?? [];
}

/**
 * The shown cells a derived cell's value rests on, through every step of its derivation. A cell is
 * only ever derived from cells known before it, so the recursion ends at shown cells.
 */
function supportFinder(known: ReadonlyMap<string, Derivation>): (id: string) => ReadonlySet<string> {
  const memo = new Map<string, ReadonlySet<string>>();
  const support = (id: string): ReadonlySet<string> => {
    const cached = memo.get(id);
    if (cached) return cached;
    const d = known.get(id);
    if (!d) throw new Error(`Cell ${id} is not derivable`);
    let result: ReadonlySet<string>;
    if (d.kind === 'shown') result = new Set([id]);
    else {
      const members = d.kind === 'difference' ? [...d.split.children.filter((c) => c !== id), d.split.parent] : d.split.children;
      result = new Set(members.flatMap((m) => [...support(m)]));
    }
    memo.set(id, result);
    return result;
  };
  return support;
}
