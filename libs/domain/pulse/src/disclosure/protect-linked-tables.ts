import { MIN_CONFIDENTIALITY_K } from '@pulse/shared';

/** Why a cell is hidden: its own size, or because showing it would let someone work out a small group. */
export type SuppressionReason = 'FEWER_THAN_K' | 'COMPLEMENTARY';

/**
 * One disclosure-control problem (docs/adr/0012-disclosure-control-by-elimination.md): the
 * respondents partitioned into inner cells (the finest groups any view tells apart), and every
 * cell a reader can request as the set of inner cells it adds up. Cells come in order of how much
 * one would rather show them: when two cells cannot both be shown, the earlier one wins.
 */
export type LinkedTables = {
  /** Minimum respondents (SPEC §4.3: default 5, never below 3). */
  readonly k: number;
  /** Respondents in each inner cell; cells of 0 are allowed and ignored. */
  readonly innerCounts: readonly number[];
  /** Each publishable cell as the indices of its inner cells, most worth showing first. */
  readonly cells: ReadonlyArray<{ readonly id: string; readonly inner: readonly number[] }>;
};

export type CellDecision =
  | { readonly id: string; readonly shown: true }
  | { readonly id: string; readonly shown: false; readonly reason: SuppressionReason };

/** How many partial combinations one candidate's check may look at before it is refused to be safe. */
const SEARCH_BUDGET = 20_000;
const EPS = 1e-9;

type Row = Map<number, number>;

/**
 * Cell suppression with a guarantee over everything shown together (DISCLOSURE.md): no set of
 * respondents whose count is 1…k−1 has its indicator vector in the span of the shown cells, so no
 * combination of shown figures — sums, differences, across teams, work modes and tenure bands —
 * adds up to such a group (or to its sum of scores, or its band counts, which are the same linear
 * combinations of other quantities).
 *
 * The idea is Statistics Norway's GaussSuppression (Langsrud 2024): walk the candidates in order and
 * keep Gaussian elimination of what is already shown; a candidate that adds nothing new is shown, one
 * that would make a protected vector derivable is hidden. Here the protected vectors are not a list:
 * every 0/1 vector of weight 1…k−1 is protected, and the check is exact.
 *
 * Why the check is exact and cheap: a small set consists of inner cells with fewer than k people
 * ("small" columns). Keep the shown rows in reduced row echelon form with the large columns first;
 * then the shown vectors supported on small columns only are exactly the span of the rows whose
 * pivot is a small column (an insertion-built RREF keeps each row's entries at or after its pivot).
 * A candidate whose reduced row has a large pivot leaves that subspace unchanged and is safe. One
 * with a small pivot enlarges it by one dimension; in the updated form a vector's value at a pivot
 * column is its coefficient, and a vector that is new uses the new row or one of the rows whose
 * pivot column entry it cleared. Since the shown cells so far derive no small set, the connected
 * part (through shared columns) of a small 0/1 vector around such a row is itself small: search
 * from each of those rows, with at most k−1 people on the pivot columns, repairing any entry that
 * is not 0 or 1 with a row touching it. A depth-first search over such extensions decides it; if the
 * search grows beyond its budget the candidate is hidden, which is always safe.
 */
export function protectLinkedTables(input: LinkedTables): CellDecision[] {
  const { k, innerCounts } = input;
  if (!Number.isInteger(k) || k < MIN_CONFIDENTIALITY_K) {
    throw new RangeError(`k must be a whole number of at least ${MIN_CONFIDENTIALITY_K}; got ${k}`);
  }
  innerCounts.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Inner cell ${i}: count must be a whole number ≥ 0; got ${n}`);
  });
  const seen = new Set<string>();
  for (const c of input.cells) {
    if (seen.has(c.id)) throw new RangeError(`Cell ${c.id} is listed twice`);
    seen.add(c.id);
    for (const i of c.inner) if (!(i >= 0 && i < innerCounts.length)) throw new RangeError(`Cell ${c.id}: no inner cell ${i}`);
  }

  // Column order: large inner cells first, then small ones (the subspace of small-supported
  // vectors is then the span of the rows with small pivots). Empty inner cells drop out.
  const positive = innerCounts.map((n, i) => ({ n, i })).filter((x) => x.n > 0);
  positive.sort((a, b) => Number(b.n >= k) - Number(a.n >= k) || a.i - b.i);
  const column = new Map(positive.map((x, col) => [x.i, col]));
  const weight = positive.map((x) => x.n);
  const isSmall = (col: number) => weight[col] < k;

  const elimination = new Elimination();
  return input.cells.map((cell): CellDecision => {
    const cols = [...new Set(cell.inner)].map((i) => column.get(i)).filter((c): c is number => c !== undefined);
    const n = cols.reduce((sum, c) => sum + weight[c], 0);
    if (n < k) return { id: cell.id, shown: false, reason: 'FEWER_THAN_K' };
    const reduced = elimination.reduce(cols);
    if (reduced.size === 0) return { id: cell.id, shown: true }; // already derivable: showing it tells nothing new
    const pivot = Math.min(...reduced.keys());
    if (!isSmall(pivot)) {
      elimination.insert(reduced, pivot);
      return { id: cell.id, shown: true };
    }
    const { undo, changed } = elimination.insert(reduced, pivot);
    // New small-supported vectors use the new row or a row it changed (see above).
    const seeds = [pivot, ...changed.filter(isSmall)];
    if (seeds.some((seed) => smallSetDerivable(elimination, seed, weight, k))) {
      undo();
      return { id: cell.id, shown: false, reason: 'COMPLEMENTARY' };
    }
    return { id: cell.id, shown: true };
  });
}

/** Reduced row echelon form built by insertion, sparse, with an index from column to rows. */
class Elimination {
  readonly rows = new Map<number, Row>(); // pivot column -> row (1 at the pivot)
  readonly touching = new Map<number, Set<number>>(); // column -> pivots of rows with an entry there

  /** The 0/1 vector over `cols` minus its projection on the rows: empty when it is in their span. */
  reduce(cols: readonly number[]): Row {
    const v: Row = new Map(cols.map((c) => [c, 1]));
    // A row has zeros at every other pivot, so one pass over the vector's own pivots is enough.
    for (const c of cols) {
      const row = this.rows.get(c);
      if (!row) continue;
      const f = v.get(c) ?? 0;
      if (Math.abs(f) < EPS) continue;
      for (const [col, x] of row) addTo(v, col, -f * x);
    }
    return v;
  }

  /**
   * Adds a reduced row with its pivot, clearing the pivot column from the other rows; returns an
   * undo and the pivots of the rows it changed.
   */
  insert(reduced: Row, pivot: number): { undo: () => void; changed: number[] } {
    const scale = reduced.get(pivot)!;
    const row: Row = new Map([...reduced].map(([c, x]) => [c, x / scale]));
    const changed = new Map<number, Row>();
    for (const p of [...(this.touching.get(pivot) ?? [])]) {
      const other = this.rows.get(p)!;
      changed.set(p, new Map(other));
      const f = other.get(pivot)!;
      for (const [c, x] of row) {
        const before = other.has(c);
        addTo(other, c, -f * x);
        if (!before && other.has(c)) this.index(c).add(p);
        else if (before && !other.has(c)) this.index(c).delete(p);
      }
    }
    this.rows.set(pivot, row);
    for (const c of row.keys()) this.index(c).add(pivot);
    const undo = () => {
      for (const c of row.keys()) this.index(c).delete(pivot);
      this.rows.delete(pivot);
      for (const [p, old] of changed) {
        for (const c of this.rows.get(p)!.keys()) this.index(c).delete(p);
        this.rows.set(p, old);
        for (const c of old.keys()) this.index(c).add(p);
      }
    };
    return { undo, changed: [...changed.keys()] };
  }

  private index(col: number): Set<number> {
    let s = this.touching.get(col);
    if (!s) this.touching.set(col, (s = new Set()));
    return s;
  }
}

function addTo(v: Row, col: number, x: number): void {
  const y = (v.get(col) ?? 0) + x;
  if (Math.abs(y) < EPS) v.delete(col);
  else v.set(col, y);
}

/**
 * Whether some 0/1 combination of the rows that includes the row with pivot `start` (all of them
 * with small pivots) covers 1…k−1 respondents. True also when the search exceeds its budget.
 */
function smallSetDerivable(e: Elimination, start: number, weight: readonly number[], k: number): boolean {
  const smallRow = (p: number) => weight[p] < k;
  const visited = new Set<string>();
  let budget = SEARCH_BUDGET;

  // One vector, chosen set and support, changed in place and restored on the way back.
  const v: Row = new Map();
  const chosen = new Set<number>();
  const support = new Map<number, number>(); // column -> how many chosen rows touch it
  const add = (p: number, sign: 1 | -1) => {
    for (const [c, x] of e.rows.get(p)!) {
      addTo(v, c, sign * x);
      const n = (support.get(c) ?? 0) + sign;
      if (n === 0) support.delete(c);
      else support.set(c, n);
    }
    if (sign === 1) chosen.add(p);
    else chosen.delete(p);
  };
  /** How many small-pivot rows not chosen have an entry in this column, counting up to `upTo`. */
  const openRows = (col: number, upTo = Infinity) => {
    let n = 0;
    for (const p of e.touching.get(col) ?? []) if (!chosen.has(p) && smallRow(p) && ++n >= upTo) break;
    return n;
  };

  const dfs = (): boolean => {
    if (--budget < 0) return true;
    let bad: number | undefined;
    let badOptions = Infinity;
    let ones = 0;
    // A 1 that no further row can touch stays in the set: a lower bound on its final size.
    let fixed = 0;
    for (const [c, x] of v) {
      if (Math.abs(x - 1) < EPS) {
        ones += weight[c];
        if (openRows(c, 1) === 0) fixed += weight[c];
      } else {
        // Repair the most constrained entry first; one nobody can repair ends this branch.
        const options = openRows(c, badOptions);
        if (options === 0) return false;
        if (options < badOptions) [bad, badOptions] = [c, options];
      }
    }
    if (fixed > k - 1) return false;
    if (bad === undefined && ones >= 1 && ones <= k - 1) return true;
    // A value other than 0 or 1 must be repaired by a row touching it; otherwise grow through any
    // shared column (a minimal small set is connected).
    const through = bad !== undefined ? [bad] : [...support.keys()];
    const tried = new Set<number>();
    for (const col of through) {
      for (const p of [...(e.touching.get(col) ?? [])]) {
        if (tried.has(p) || chosen.has(p) || !smallRow(p)) continue;
        tried.add(p);
        if (weight[p] > k - 1) continue;
        const key = [...chosen, p].sort((a, b) => a - b).join(',');
        if (visited.has(key)) continue;
        visited.add(key);
        add(p, 1);
        const found = dfs();
        add(p, -1);
        if (found) return true;
      }
    }
    return false;
  };

  if (weight[start] > k - 1) return false;
  add(start, 1);
  return dfs();
}
