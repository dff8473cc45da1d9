import { lcm, Rational } from './rational';

/**
 * The attacker of /work/shared/DISCLOSURE.md, written without looking at the suppression it checks.
 *
 * Knowledge for ONE wave and ONE quantity (the wave's respondent count, or one measure): the team
 * tree, the work modes and tenure bands, and every published cell (team sub-tree or the whole
 * organisation × work mode or ALL × tenure band or ALL) with its count n and, when known, its sum.
 * A set S of inner cells (people filed directly in a team × work mode × tenure band) is derivable
 * when its 0/1 vector lies in the row space of the published cells; the guarantee is that every
 * derivable S has n(S) = 0 or n(S) >= k. Everything here is exact rational arithmetic.
 */

export const ORG = 'ORG';
export const ALL = 'ALL';

export type CellKey = { readonly team: string; readonly workMode: string; readonly tenureBand: string };

export type PublishedSum = { readonly value: number; readonly tolerance: number };

export type PublishedCell = CellKey & {
  readonly n: number;
  /** n × mean; `tolerance` is how far off it may be (±0.005·n for a mean rounded to two decimals). */
  readonly sum?: PublishedSum;
};

export type AuditInput = {
  readonly k: number;
  /** Every team with its parent (null: directly under the organisation). */
  readonly teams: ReadonlyArray<{ readonly key: string; readonly parent: string | null }>;
  readonly workModes: readonly string[];
  readonly tenureBands: readonly string[];
  readonly cells: readonly PublishedCell[];
  readonly limits?: Partial<SearchLimits>;
};

export type SearchLimits = {
  /** Depth-first nodes per connected block of the row space in the 0/1 search. */
  readonly nodesPerBlock: number;
  /** Nodes per published cell in the "cell minus disjoint cells inside it" search. */
  readonly differenceNodesPerCell: number;
  /** Disjoint cells subtracted at most in that search. */
  readonly differenceDepth: number;
  /** Leaks reported per block of the 0/1 search (the smallest found first are enough to act on). */
  readonly leaksPerBlock: number;
};

const DEFAULT_LIMITS: SearchLimits = { nodesPerBlock: 200_000, differenceNodesPerCell: 5_000, differenceDepth: 6, leaksPerBlock: 3 };

export type DerivationTerm = { readonly cell: string; readonly coefficient: string };

export type LeakAttack = 'published-cell' | 'unpublished-cell' | 'atom' | 'difference' | 'row-space-search';

export type Leak = {
  readonly attack: LeakAttack;
  /** A cell of the cell space when the set is one, else the inner cells it consists of. */
  readonly target: string;
  readonly innerCells: readonly string[];
  readonly count: number;
  /** Derived sum and mean, when every published cell used carries a sum. */
  readonly sum: PublishedSum | null;
  readonly mean: PublishedSum | null;
  /** The published cells and the coefficients that add up to the set. */
  readonly derivation: readonly DerivationTerm[];
};

export type Inconsistency = { readonly description: string; readonly derivation: readonly DerivationTerm[] };

export type AuditReport = {
  readonly k: number;
  readonly publishedCells: number;
  readonly innerCells: number;
  readonly knownEmptyInnerCells: number;
  readonly atoms: number;
  readonly rank: number;
  /** Cells of the full cell space (crosses included) that are not published but whose count follows. */
  readonly derivableUnpublishedCells: ReadonlyArray<{ readonly cell: string; readonly count: number }>;
  readonly leaks: readonly Leak[];
  readonly inconsistencies: readonly Inconsistency[];
  readonly search: {
    readonly blocks: number;
    readonly exhaustiveBlocks: number;
    readonly truncatedBlocks: number;
    readonly largestBlockPivots: number;
    readonly nodes: number;
    readonly coverage: string;
  };
};

export const cellLabel = (c: CellKey): string => `${c.team}|${c.workMode}|${c.tenureBand}`;
const innerLabel = (team: string, mode: string, band: string) => `${team}:direct|${mode}|${band}`;

type Vec = Map<number, Rational>;
type BasisRow = { vec: Vec; combo: Vec };

/** Fully reduced row echelon form, built one row at a time, remembering each row as a combination of published cells. */
class Basis {
  readonly rows = new Map<number, BasisRow>();
  /** Non-pivot column -> pivot columns whose row is non-zero there. */
  private readonly colRows = new Map<number, Set<number>>();

  /** Adds a row; returns null when independent, else the relation (combination equal to zero). */
  add(vec: Vec, combo: Vec): Vec | null {
    const v = new Map(vec);
    const c = new Map(combo);
    for (const [col, a] of vec) {
      const p = this.rows.get(col);
      if (p) {
        axpy(v, a.neg(), p.vec);
        axpy(c, a.neg(), p.combo);
      }
    }
    if (v.size === 0) return c;
    let pivot = -1;
    let best = Infinity;
    for (const col of v.keys()) {
      const users = this.colRows.get(col)?.size ?? 0;
      if (users < best || (users === best && col < pivot)) [pivot, best] = [col, users];
    }
    const inv = Rational.ONE.div(v.get(pivot)!);
    for (const [col, a] of v) v.set(col, a.mul(inv));
    for (const [j, a] of c) c.set(j, a.mul(inv));
    for (const p of this.colRows.get(pivot) ?? []) {
      const row = this.rows.get(p)!;
      const f = row.vec.get(pivot)!;
      for (const [col, a] of v) {
        const next = (row.vec.get(col) ?? Rational.ZERO).sub(f.mul(a));
        if (next.isZero()) {
          row.vec.delete(col);
          if (col !== pivot) this.colRows.get(col)?.delete(p);
        } else {
          row.vec.set(col, next);
          if (col !== pivot) this.users(col).add(p);
        }
      }
      axpy(row.combo, f.neg(), c);
    }
    this.colRows.delete(pivot);
    for (const col of v.keys()) if (col !== pivot) this.users(col).add(pivot);
    this.rows.set(pivot, { vec: v, combo: c });
    return null;
  }

  /** The combination of published cells equal to `target`, or null when it is not in the row space. */
  express(target: ReadonlyMap<number, Rational>): Vec | null {
    const residual = new Map(target);
    const combo: Vec = new Map();
    for (const [col, a] of target) {
      const p = this.rows.get(col);
      if (!p) continue;
      axpy(residual, a.neg(), p.vec);
      axpy(combo, a, p.combo);
    }
    return residual.size === 0 ? combo : null;
  }

  private users(col: number): Set<number> {
    let s = this.colRows.get(col);
    if (!s) this.colRows.set(col, (s = new Set()));
    return s;
  }
}

/** y += a·x, dropping zeros. */
function axpy(y: Vec, a: Rational, x: ReadonlyMap<number, Rational>): void {
  if (a.isZero()) return;
  for (const [i, v] of x) {
    const next = (y.get(i) ?? Rational.ZERO).add(a.mul(v));
    if (next.isZero()) y.delete(i);
    else y.set(i, next);
  }
}

class Bits {
  readonly words: Uint32Array;
  constructor(size: number) {
    this.words = new Uint32Array((size + 31) >>> 5);
  }
  set(i: number): void {
    this.words[i >>> 5] |= 1 << (i & 31);
  }
  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }
  subsetOf(o: Bits): boolean {
    for (let i = 0; i < this.words.length; i++) if ((this.words[i] & ~o.words[i]) !== 0) return false;
    return true;
  }
  disjoint(o: Bits): boolean {
    for (let i = 0; i < this.words.length; i++) if ((this.words[i] & o.words[i]) !== 0) return false;
    return true;
  }
  or(o: Bits): Bits {
    const r = new Bits(0);
    (r as { words: Uint32Array }).words = this.words.map((w, i) => w | o.words[i]);
    return r;
  }
  isEmpty(): boolean {
    return this.words.every((w) => w === 0);
  }
  equals(o: Bits): boolean {
    return this.words.every((w, i) => w === o.words[i]);
  }
  *members(): Generator<number> {
    for (let w = 0; w < this.words.length; w++) {
      let x = this.words[w];
      while (x !== 0) {
        const b = 31 - Math.clz32(x & -x);
        yield (w << 5) + b;
        x &= x - 1;
      }
    }
  }
}

export function auditPublication(input: AuditInput): AuditReport {
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const { k } = input;
  const modes = [...input.workModes];
  const bands = [...input.tenureBands];

  // The tree: ORG is the root; people with no team are "filed directly in ORG".
  const parent = new Map<string, string>([[ORG, '']]);
  for (const t of input.teams) parent.set(t.key, t.parent ?? ORG);
  const nodes = [...parent.keys()];
  const subtree = new Map<string, string[]>(nodes.map((t) => [t, []]));
  for (const t of nodes) {
    const seen = new Set<string>();
    for (let a: string | undefined = t; a; a = parent.get(a)) {
      if (seen.has(a)) throw new Error(`the team tree has a cycle through ${a}`);
      seen.add(a);
      const list = subtree.get(a);
      if (!list) throw new Error(`unknown parent team ${a}`);
      list.push(t);
    }
  }

  // Inner cells.
  const innerIndex = new Map<string, number>();
  const innerNames: string[] = [];
  for (const t of nodes)
    for (const m of modes)
      for (const b of bands) {
        innerIndex.set(`${t}|${m}|${b}`, innerNames.length);
        innerNames.push(innerLabel(t, m, b));
      }
  const coverage = (c: CellKey): number[] => {
    const teams = subtree.get(c.team);
    if (!teams) throw new Error(`published cell of unknown team ${c.team}`);
    if (c.workMode !== ALL && !modes.includes(c.workMode)) throw new Error(`unknown work mode ${c.workMode}`);
    if (c.tenureBand !== ALL && !bands.includes(c.tenureBand)) throw new Error(`unknown tenure band ${c.tenureBand}`);
    const out: number[] = [];
    for (const t of teams)
      for (const m of c.workMode === ALL ? modes : [c.workMode])
        for (const b of c.tenureBand === ALL ? bands : [c.tenureBand]) out.push(innerIndex.get(`${t}|${m}|${b}`)!);
    return out;
  };

  // Published cells, deduplicated; two different figures for one cell are themselves a finding.
  const inconsistencies: Inconsistency[] = [];
  const published = new Map<string, PublishedCell>();
  for (const c of input.cells) {
    const key = cellLabel(c);
    const seen = published.get(key);
    if (!seen) published.set(key, c);
    else if (seen.n !== c.n) inconsistencies.push({ description: `${key} is published as ${seen.n} and as ${c.n}`, derivation: [] });
  }
  const rows = [...published.values()];
  const rowNames = rows.map(cellLabel);
  const rowCount = rows.map((r) => Rational.of(r.n));

  function countOf(combo: ReadonlyMap<number, Rational>): Rational {
    let s = Rational.ZERO;
    for (const [j, a] of combo) s = s.add(a.mul(rowCount[j]));
    return s;
  }

  // Full cell space (crosses included): targets of the first attack and names for sets of atoms.
  const cellSpace: CellKey[] = [];
  for (const team of nodes) for (const workMode of [ALL, ...modes]) for (const tenureBand of [ALL, ...bands]) cellSpace.push({ team, workMode, tenureBand });
  const cellCoverage = cellSpace.map(coverage);

  // A published zero proves its inner cells empty; so does a derived zero (counts are never
  // negative), which can make more sets derivable: repeat until nothing new is proved empty.
  const empty = new Set<number>();
  for (const r of rows) if (r.n === 0) for (const i of coverage(r)) empty.add(i);
  let system = buildSystem(rows, coverage, empty, countOf, inconsistencies);
  for (let round = 0; round < 8; round++) {
    const before = empty.size;
    for (const [pivot, row] of system.basis.rows) if (row.vec.size === 1 && countOf(row.combo).isZero()) for (const i of system.atomInner[pivot]) empty.add(i);
    cellCoverage.forEach((cov) => {
      const b = system.toAtoms(cov);
      if (!b || b.isEmpty()) return;
      const combo = system.basis.express(bitsVec(b));
      if (combo && countOf(combo).isZero()) for (const i of cov) empty.add(i);
    });
    if (empty.size === before) break;
    inconsistencies.length = 0;
    system = buildSystem(rows, coverage, empty, countOf, inconsistencies);
  }
  const { basis, atomInner, rowBits, toAtoms } = system;
  const atomCount = atomInner.length;

  function terms(combo: ReadonlyMap<number, Rational>): DerivationTerm[] {
    return [...combo].sort((x, y) => y[1].compare(x[1])).map(([j, a]) => ({ cell: rowNames[j], coefficient: a.toString() }));
  }
  function sumOf(combo: ReadonlyMap<number, Rational>): PublishedSum | null {
    let value = 0;
    let tolerance = 0;
    for (const [j, a] of combo) {
      const s = rows[j].sum;
      if (!s) return null;
      value += a.toNumber() * s.value;
      tolerance += Math.abs(a.toNumber()) * s.tolerance;
    }
    return { value, tolerance };
  }

  // Names of sets of atoms: a cell of the full cell space when one matches.
  const cellNameByAtoms = new Map<string, string>();
  const atomsKey = (b: Bits) => [...b.members()].join(',');
  for (const [ci, c] of cellSpace.entries()) {
    const b = toAtoms(cellCoverage[ci]);
    if (b && !cellNameByAtoms.has(atomsKey(b))) cellNameByAtoms.set(atomsKey(b), cellLabel(c));
  }

  const leaks: Leak[] = [];
  const leakKeys = new Set<string>();
  const record = (attack: LeakAttack, atoms: Bits, combo: ReadonlyMap<number, Rational>, count: Rational): void => {
    const key = atomsKey(atoms);
    if (leakKeys.has(key)) return;
    leakKeys.add(key);
    const inner = [...atoms.members()].flatMap((a) => atomInner[a].map((i) => innerNames[i])).sort();
    const sum = sumOf(combo);
    const n = count.toNumber();
    leaks.push({
      attack,
      target: cellNameByAtoms.get(key) ?? (inner.length <= 12 ? inner.join(' + ') : `${inner.length} inner cells`),
      innerCells: inner,
      count: n,
      sum,
      mean: sum ? { value: sum.value / n, tolerance: sum.tolerance / n } : null,
      derivation: terms(combo),
    });
  };
  const small = (count: Rational) => count.compare(Rational.ONE) >= 0 && count.compare(Rational.of(k)) < 0;

  // a. Published cells that are themselves small, then every unpublished cell of the cell space.
  rows.forEach((r, j) => {
    if (r.n >= 1 && r.n < k) record('published-cell', rowBits[j], new Map([[j, Rational.ONE]]), Rational.of(r.n));
  });
  const derivableUnpublishedCells: Array<{ cell: string; count: number }> = [];
  for (const [ci, c] of cellSpace.entries()) {
    if (published.has(cellLabel(c))) continue;
    const b = toAtoms(cellCoverage[ci]);
    if (!b || b.isEmpty()) continue;
    const combo = basis.express(bitsVec(b));
    if (!combo) continue;
    const count = countOf(combo);
    derivableUnpublishedCells.push({ cell: cellLabel(c), count: count.toNumber() });
    if (small(count)) record('unpublished-cell', b, combo, count);
  }

  // Every atom (and so every inner cell that is an atom on its own).
  for (const [pivot, row] of basis.rows) {
    if (row.vec.size !== 1) continue;
    const b = new Bits(atomCount);
    b.set(pivot);
    const count = countOf(row.combo);
    if (small(count)) record('atom', b, row.combo, count);
  }

  // A published cell minus disjoint published cells inside it, across all dimensions.
  const positive = rows.map((_, j) => j).filter((j) => rows[j].n > 0);
  for (const p of positive) {
    const inside = positive
      .filter((q) => q !== p && rowBits[q].subsetOf(rowBits[p]) && !rowBits[q].equals(rowBits[p]))
      .sort((x, y) => rows[y].n - rows[x].n);
    let nodesLeft = limits.differenceNodesPerCell;
    const walk = (from: number, union: Bits, remainder: number, chosen: number[]): void => {
      if (remainder <= 0 || chosen.length >= limits.differenceDepth) return;
      for (let i = from; i < inside.length && nodesLeft > 0; i++) {
        const q = inside[i];
        if (!rowBits[q].disjoint(union)) continue;
        nodesLeft--;
        const next = union.or(rowBits[q]);
        const rest = remainder - rows[q].n;
        const picked = [...chosen, q];
        if (rest >= 1 && rest < k) {
          const atoms = new Bits(atomCount);
          for (const a of rowBits[p].members()) if (!next.has(a)) atoms.set(a);
          const combo = new Map<number, Rational>([[p, Rational.ONE], ...picked.map((x): [number, Rational] => [x, Rational.of(-1)])]);
          record('difference', atoms, combo, Rational.of(rest));
        }
        walk(i + 1, next, rest, picked);
      }
    };
    walk(0, new Bits(atomCount), rows[p].n, []);
  }

  // b. Every 0/1 vector of the row space, block by block (see searchRowSpace).
  const search = searchRowSpace(basis, atomCount, k, limits, countOf, (atoms, combo, count) => {
    const b = new Bits(atomCount);
    for (const a of atoms) b.set(a);
    record('row-space-search', b, combo, count);
  });

  return {
    k,
    publishedCells: rows.length,
    innerCells: innerNames.length,
    knownEmptyInnerCells: empty.size,
    atoms: atomCount,
    rank: basis.rows.size,
    derivableUnpublishedCells,
    leaks,
    inconsistencies,
    search,
  };
}

type System = {
  readonly basis: Basis;
  /** Inner cells of each atom. */
  readonly atomInner: readonly number[][];
  readonly rowBits: readonly Bits[];
  /** A set of inner cells as atoms; null when it splits an atom or takes a cell no published cell covers. */
  readonly toAtoms: (inner: readonly number[]) => Bits | null;
};

/** Atoms (inner cells lying in exactly the same published cells) and the reduced basis of the published rows over them. */
function buildSystem(
  rows: readonly PublishedCell[],
  coverage: (c: CellKey) => number[],
  empty: ReadonlySet<number>,
  countOf: (combo: ReadonlyMap<number, Rational>) => Rational,
  inconsistencies: Inconsistency[],
): System {
  const signatures = new Map<number, number[]>();
  rows.forEach((r, j) => {
    if (r.n === 0) return;
    for (const i of coverage(r)) {
      if (empty.has(i)) continue;
      let s = signatures.get(i);
      if (!s) signatures.set(i, (s = []));
      s.push(j);
    }
  });
  const atomOfSignature = new Map<string, number>();
  const atomInner: number[][] = [];
  const atomOfInner = new Map<number, number>();
  for (const [i, sig] of signatures) {
    const key = sig.join(',');
    let a = atomOfSignature.get(key);
    if (a === undefined) {
      atomOfSignature.set(key, (a = atomInner.length));
      atomInner.push([]);
    }
    atomInner[a].push(i);
    atomOfInner.set(i, a);
  }
  const atomCount = atomInner.length;
  const toAtoms = (inner: readonly number[]): Bits | null => {
    const take = new Map<number, number>();
    for (const i of inner) {
      if (empty.has(i)) continue;
      const a = atomOfInner.get(i);
      if (a === undefined) return null;
      take.set(a, (take.get(a) ?? 0) + 1);
    }
    const bits = new Bits(atomCount);
    for (const [a, taken] of take) {
      if (taken !== atomInner[a].length) return null;
      bits.set(a);
    }
    return bits;
  };
  const rowBits = rows.map((r) => (r.n === 0 ? new Bits(atomCount) : toAtoms(coverage(r))!));
  const basis = new Basis();
  const order = rows.map((_, j) => j).filter((j) => rows[j].n > 0);
  const size = order.map((j) => [...rowBits[j].members()].length);
  const sizeOf = new Map(order.map((j, i) => [j, size[i]]));
  order.sort((x, y) => sizeOf.get(x)! - sizeOf.get(y)!);
  for (const j of order) {
    if (rowBits[j].isEmpty()) {
      // Every person it covers is proved absent elsewhere: its count must be 0.
      inconsistencies.push({ description: `${cellLabel(rows[j])} is published as ${rows[j].n} but other figures prove it empty`, derivation: [] });
      continue;
    }
    const relation = basis.add(bitsVec(rowBits[j]), new Map([[j, Rational.ONE]]));
    if (relation) {
      const total = countOf(relation);
      if (!total.isZero())
        inconsistencies.push({
          description: `published counts that must add to 0 add to ${total}`,
          derivation: [...relation].map(([x, a]) => ({ cell: cellLabel(rows[x]), coefficient: a.toString() })),
        });
    }
  }
  return { basis, atomInner, rowBits, toAtoms };
}

const bitsVec = (b: Bits): Vec => new Map([...b.members()].map((a) => [a, Rational.ONE]));

/**
 * Every derivable set is a union of atoms whose vector v lies in the row space. With the basis in
 * reduced form, v is fixed by its values on the pivot atoms: v = Σ v[p]·row_p, and it is 0/1 exactly
 * when every non-pivot atom gets 0 or 1. Atoms linked through basis rows form blocks, and v restricted
 * to a block is again in the row space, so a derivable set of 1..k-1 people exists iff one exists
 * inside a single block (counts of real sets are never negative). Each block is searched depth-first
 * over its pivot atoms with exact integer bounds; a block whose node budget runs out is reported as
 * truncated, so the report says how much of the space was covered.
 */
function searchRowSpace(
  basis: Basis,
  atomCount: number,
  k: number,
  limits: SearchLimits,
  countOf: (combo: ReadonlyMap<number, Rational>) => Rational,
  found: (atoms: number[], combo: Vec, count: Rational) => void,
): AuditReport['search'] {
  const root = Array.from({ length: atomCount }, (_, i) => i);
  const findRoot = (x: number): number => {
    while (root[x] !== x) x = root[x] = root[root[x]];
    return x;
  };
  for (const [p, row] of basis.rows) for (const col of row.vec.keys()) root[findRoot(col)] = findRoot(p);
  const blocks = new Map<number, { pivots: number[]; free: number[] }>();
  for (let a = 0; a < atomCount; a++) {
    const r = findRoot(a);
    let b = blocks.get(r);
    if (!b) blocks.set(r, (b = { pivots: [], free: [] }));
    (basis.rows.has(a) ? b.pivots : b.free).push(a);
  }
  let searched = 0;
  let exhaustive = 0;
  let truncated = 0;
  let largest = 0;
  let nodes = 0;
  for (const { pivots, free } of blocks.values()) {
    // A block without free atoms is a set of atoms derivable one by one: the atom attack covers it.
    if (free.length === 0 || pivots.length === 0) continue;
    searched++;
    largest = Math.max(largest, pivots.length);
    const result = searchBlock(basis, pivots, free, k, limits, countOf, found);
    nodes += result.nodes;
    if (result.complete) exhaustive++;
    else truncated++;
  }
  return {
    blocks: searched,
    exhaustiveBlocks: exhaustive,
    truncatedBlocks: truncated,
    largestBlockPivots: largest,
    nodes,
    coverage:
      truncated === 0
        ? `every 0/1 vector of the row space (all ${searched} blocks searched exhaustively, ${nodes} nodes)`
        : `${exhaustive} of ${searched} blocks searched exhaustively; ${truncated} stopped after ${limits.nodesPerBlock} nodes each`,
  };
}

function searchBlock(
  basis: Basis,
  pivotsIn: readonly number[],
  free: readonly number[],
  k: number,
  limits: SearchLimits,
  countOf: (combo: ReadonlyMap<number, Rational>) => Rational,
  found: (atoms: number[], combo: Vec, count: Rational) => void,
): { nodes: number; complete: boolean } {
  // Order pivots so that the constraints of each free atom close early: breadth-first through shared free atoms.
  const freeIdx = new Map(free.map((f, i) => [f, i]));
  const touching = new Map<number, number[]>();
  for (const p of pivotsIn) for (const col of basis.rows.get(p)!.vec.keys()) if (freeIdx.has(col)) (touching.get(col) ?? touching.set(col, []).get(col)!).push(p);
  const pivots: number[] = [];
  const placed = new Set<number>();
  for (const start of pivotsIn) {
    if (placed.has(start)) continue;
    const queue = [start];
    placed.add(start);
    while (queue.length) {
      const p = queue.shift()!;
      pivots.push(p);
      for (const col of basis.rows.get(p)!.vec.keys())
        for (const q of touching.get(col) ?? [])
          if (!placed.has(q)) {
            placed.add(q);
            queue.push(q);
          }
    }
  }
  const P = pivots.length;
  const F = free.length;

  // Exact integers: each free atom's coefficients scaled by the lcm of their denominators, counts likewise.
  const scale = free.map(() => 1n);
  for (const p of pivots)
    for (const [col, a] of basis.rows.get(p)!.vec) {
      const f = freeIdx.get(col);
      if (f !== undefined) scale[f] = lcm(scale[f], a.den);
    }
  const counts = pivots.map((p) => countOf(basis.rows.get(p)!.combo));
  let countScale = 1n;
  for (const c of counts) countScale = lcm(countScale, c.den);
  const toSafe = (x: bigint): number => {
    if (x > BigInt(Number.MAX_SAFE_INTEGER) || x < -BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('coefficients too large for the block search');
    return Number(x);
  };
  const coef: Array<Array<[number, number]>> = pivots.map((p) =>
    [...basis.rows.get(p)!.vec].flatMap(([col, a]): Array<[number, number]> => {
      const f = freeIdx.get(col);
      return f === undefined ? [] : [[f, toSafe((a.num * scale[f]) / a.den)]];
    }),
  );
  const target = scale.map(toSafe);
  const cnt = counts.map((c) => toSafe((c.num * countScale) / c.den));
  const lo = toSafe(countScale);
  const hi = toSafe(countScale * BigInt(k - 1));

  // Remaining positive / negative contributions from depth i on.
  const posRem = Array.from({ length: P + 1 }, () => new Float64Array(F));
  const negRem = Array.from({ length: P + 1 }, () => new Float64Array(F));
  const cntPos = new Float64Array(P + 1);
  const cntNeg = new Float64Array(P + 1);
  for (let i = P - 1; i >= 0; i--) {
    posRem[i].set(posRem[i + 1]);
    negRem[i].set(negRem[i + 1]);
    for (const [f, a] of coef[i]) (a > 0 ? posRem[i] : negRem[i])[f] += a;
    cntPos[i] = cntPos[i + 1] + Math.max(0, cnt[i]);
    cntNeg[i] = cntNeg[i + 1] + Math.min(0, cnt[i]);
  }

  const s = new Float64Array(F);
  const x = new Uint8Array(P);
  let nodes = 0;
  let leaks = 0;
  let stopped = false;
  const feasible = (i: number, touched: ReadonlyArray<[number, number]>, total: number): boolean => {
    for (const [f] of touched) if (s[f] + negRem[i][f] > target[f] || s[f] + posRem[i][f] < 0) return false;
    return total + cntNeg[i] <= hi && total + cntPos[i] >= lo;
  };
  const report = (total: number) => {
    const atoms: number[] = [];
    const combo: Vec = new Map();
    for (let i = 0; i < P; i++)
      if (x[i]) {
        atoms.push(pivots[i]);
        axpy(combo, Rational.ONE, basis.rows.get(pivots[i])!.combo);
      }
    for (let f = 0; f < F; f++) if (s[f] === target[f]) atoms.push(free[f]);
    found(atoms, combo, Rational.of(BigInt(total), countScale));
    leaks++;
  };
  const walk = (i: number, total: number): void => {
    if (stopped) return;
    if (++nodes > limits.nodesPerBlock) {
      stopped = true;
      return;
    }
    if (i === P) {
      for (let f = 0; f < F; f++) if (s[f] !== 0 && s[f] !== target[f]) return;
      if (total >= lo && total <= hi) {
        report(total);
        if (leaks >= limits.leaksPerBlock) stopped = true;
      }
      return;
    }
    for (const bit of [0, 1]) {
      x[i] = bit;
      if (bit) for (const [f, a] of coef[i]) s[f] += a;
      const next = total + bit * cnt[i];
      if (feasible(i + 1, coef[i], next)) walk(i + 1, next);
      if (bit) for (const [f, a] of coef[i]) s[f] -= a;
      x[i] = 0;
      if (stopped) return;
    }
  };
  walk(0, 0);
  // Stopping after enough leaks still answers the question "is there a leak here?".
  return { nodes, complete: !stopped || leaks >= limits.leaksPerBlock };
}
