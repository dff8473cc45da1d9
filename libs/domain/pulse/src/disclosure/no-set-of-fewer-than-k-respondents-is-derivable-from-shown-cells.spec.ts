import fc from 'fast-check';
import { protectLinkedTables, type LinkedTables } from './protect-linked-tables';

/** `PROPERTY_RUNS=5000 npx jest …` for a deep run. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Exact rational arithmetic, so the check below shares no floating point with the implementation. */
type Q = { n: bigint; d: bigint };
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const q = (n: bigint, d = 1n): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);

/** Whether `target` lies in the span of `rows` (exact Gaussian elimination). */
function inSpan(rows: readonly number[][], target: readonly number[]): boolean {
  const width = target.length;
  const basis: Array<{ pivot: number; row: Q[] }> = [];
  const reduce = (v: Q[]) => {
    for (const b of basis) {
      const f = v[b.pivot];
      if (f.n !== 0n) for (let j = 0; j < width; j++) v[j] = sub(v[j], mul(f, b.row[j]));
    }
    return v;
  };
  for (const r of rows) {
    const v = reduce(r.map((x) => q(BigInt(x))));
    const pivot = v.findIndex((x) => x.n !== 0n);
    if (pivot < 0) continue;
    const p = v[pivot];
    const row = v.map((x) => div(x, p));
    for (const b of basis) {
      const f = b.row[pivot];
      if (f.n !== 0n) for (let j = 0; j < width; j++) b.row[j] = sub(b.row[j], mul(f, row[j]));
    }
    basis.push({ pivot, row });
  }
  return reduce(target.map((x) => q(BigInt(x)))).every((x) => x.n === 0n);
}

/** Every set of inner cells holding 1…k−1 respondents, tested against the shown cells by brute force. */
function derivableSmallSets(input: LinkedTables, shown: ReadonlySet<string>): number[][] {
  // Inner cells partition the respondents (DISCLOSURE.md): an empty one is no column.
  const columns = input.innerCounts.map((n, i) => ({ n, i })).filter((x) => x.n > 0).map((x) => x.i);
  const vector = (members: readonly number[]) => columns.map((i) => (members.includes(i) ? 1 : 0));
  const rows = input.cells.filter((c) => shown.has(c.id)).map((c) => vector(c.inner));
  const positive = input.innerCounts.map((n, i) => ({ n, i })).filter((x) => x.n > 0 && x.n < input.k);
  const found: number[][] = [];
  const walk = (from: number, chosen: number[], total: number) => {
    if (chosen.length) {
      if (inSpan(rows, vector(chosen))) found.push([...chosen]);
    }
    for (let j = from; j < positive.length; j++) {
      if (total + positive[j].n > input.k - 1) continue;
      walk(j + 1, [...chosen, positive[j].i], total + positive[j].n);
    }
  };
  walk(0, [], 0);
  return found;
}

const shownIds = (input: LinkedTables) => new Set(protectLinkedTables(input).filter((d) => d.shown).map((d) => d.id));

describe('no set of fewer than k respondents is derivable from the shown cells', () => {
  // Inner cells as counts; cells as the inner cells they add up, most worth showing first.
  it.each<[string, LinkedTables, Record<string, string>]>([
    [
      'a team of 3 hides its smallest sibling too, or org − A − B would give it away',
      { k: 5, innerCounts: [10, 7, 3], cells: [{ id: 'org', inner: [0, 1, 2] }, { id: 'A', inner: [0] }, { id: 'B', inner: [1] }, { id: 'C', inner: [2] }] },
      { org: 'shown', A: 'shown', B: 'COMPLEMENTARY', C: 'FEWER_THAN_K' },
    ],
    [
      'two small teams that together reach k need no complementary cell',
      { k: 5, innerCounts: [15, 2, 3], cells: [{ id: 'org', inner: [0, 1, 2] }, { id: 'A', inner: [0] }, { id: 'B', inner: [1] }, { id: 'C', inner: [2] }] },
      { org: 'shown', A: 'shown', B: 'FEWER_THAN_K', C: 'FEWER_THAN_K' },
    ],
    [
      'a leader filed in the parent team is a group of one: the last sub-team cannot be shown',
      { k: 5, innerCounts: [1, 6, 6], cells: [{ id: 'dept', inner: [0, 1, 2] }, { id: 'A', inner: [1] }, { id: 'B', inner: [2] }] },
      { dept: 'shown', A: 'shown', B: 'COMPLEMENTARY' },
    ],
    [
      // Inner cells: 0 site-direct office, 1 team A remote, 2 team A office, 3 team B remote (1 person).
      'across dimensions: site − team A − the site’s office figure leaves team B’s one remote person',
      {
        k: 3,
        innerCounts: [3, 4, 3, 1],
        cells: [
          { id: 'site', inner: [0, 1, 2, 3] },
          { id: 'A', inner: [1, 2] },
          { id: 'site|OFFICE', inner: [0, 2] },
          { id: 'A|OFFICE', inner: [2] },
          { id: 'site|REMOTE', inner: [1, 3] },
        ],
      },
      // site − A − site|OFFICE + A|OFFICE = team B remote: 1 person. The later cells give way.
      { site: 'shown', A: 'shown', 'site|OFFICE': 'shown', 'A|OFFICE': 'COMPLEMENTARY', 'site|REMOTE': 'shown' },
    ],
    [
      'a cell already derivable from shown cells is shown: it tells nothing new',
      { k: 3, innerCounts: [4, 4], cells: [{ id: 'org', inner: [0, 1] }, { id: 'A', inner: [0] }, { id: 'B', inner: [1] }] },
      { org: 'shown', A: 'shown', B: 'shown' },
    ],
  ])('%s', (_name, input, expected) => {
    const decisions = Object.fromEntries(protectLinkedTables(input).map((d) => [d.id, d.shown ? 'shown' : d.reason]));
    expect(decisions).toEqual(expected);
    expect(derivableSmallSets(input, shownIds(input))).toEqual([]);
  });

  it.each([
    ['k below 3', { k: 2, innerCounts: [1], cells: [] }, 'k must be a whole number of at least 3'],
    ['a negative count', { k: 3, innerCounts: [-1], cells: [] }, 'count must be a whole number'],
    ['an unknown inner cell', { k: 3, innerCounts: [1], cells: [{ id: 'x', inner: [2] }] }, 'no inner cell 2'],
    ['a cell listed twice', { k: 3, innerCounts: [1], cells: [{ id: 'x', inner: [0] }, { id: 'x', inner: [0] }] }, 'listed twice'],
  ])('refuses %s', (_name, input, message) => {
    expect(() => protectLinkedTables(input)).toThrow(message);
  });

  /**
   * Random linked tables: a few inner cells with small counts (many below k) and random cells over
   * them, in random order of worth; every subset of small inner cells is then checked by brute
   * force with exact arithmetic.
   */
  const tables = fc
    .record({
      k: fc.integer({ min: 3, max: 6 }),
      counts: fc.array(fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 12 }), weight: 2 }), { minLength: 1, maxLength: 9 }),
      cells: fc.array(fc.array(fc.nat(8), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 14 }),
    })
    .map(({ k, counts, cells }): LinkedTables => ({
      k,
      innerCounts: counts,
      cells: cells.map((inner, i) => ({ id: `c${i}`, inner: [...new Set(inner.map((x) => x % counts.length))] })),
    }));

  it('holds for random linked tables (brute force over every small set)', () => {
    fc.assert(
      fc.property(tables, (input) => {
        expect(derivableSmallSets(input, shownIds(input))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('shows every cell of at least k when nothing small can be derived (no needless suppression)', () => {
    fc.assert(
      fc.property(tables, (input) => {
        const shown = shownIds(input);
        // A hidden cell of ≥ k was hidden because showing it would derive a small set: check that.
        for (const [i, cell] of input.cells.entries()) {
          const n = cell.inner.reduce((a, j) => a + input.innerCounts[j], 0);
          if (n < input.k || shown.has(cell.id)) continue;
          const earlier = new Set(input.cells.slice(0, i).filter((c) => shown.has(c.id)).map((c) => c.id));
          earlier.add(cell.id);
          expect(derivableSmallSets({ ...input, cells: input.cells.slice(0, i + 1) }, earlier).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('decides the same way every time', () => {
    fc.assert(fc.property(tables, (input) => expect(protectLinkedTables(input)).toEqual(protectLinkedTables(input))), { numRuns: 50 });
  });
});
