import { ALL, auditPublication, ORG, type AuditInput, type PublishedCell } from './auditor';

const cell = (team: string, workMode: string, tenureBand: string, n: number): PublishedCell => ({ team, workMode, tenureBand, n });
const MODES = ['REMOTE', 'HYBRID', 'OFFICE'];
const BANDS = ['NEW', 'SETTLED'];

type Case = { name: string; k: number; teams: AuditInput['teams']; cells: PublishedCell[]; leakCounts: number[]; leakTarget?: RegExp };

const site = [
  { key: 'S', parent: null },
  { key: 'T1', parent: 'S' },
  { key: 'T2', parent: 'S' },
  { key: 'T3', parent: 'S' },
];

const cases: Case[] = [
  {
    // P = A ∪ B ∪ C (nobody filed in P); C (2 people) is hidden, but P − A − B is C.
    name: 'a parent shown with all its children but one',
    k: 5,
    teams: [
      { key: 'P', parent: null },
      { key: 'A', parent: 'P' },
      { key: 'B', parent: 'P' },
      { key: 'C', parent: 'P' },
    ],
    cells: [cell(ORG, ALL, ALL, 12), cell('P', ALL, ALL, 12), cell('A', ALL, ALL, 5), cell('B', ALL, ALL, 5)],
    leakCounts: [2],
  },
  {
    // The site minus two of its teams minus the third team's office-only cell: T3's non-office people.
    name: 'a site minus its sub-teams minus another team’s office-only cell',
    k: 3,
    teams: site,
    cells: [cell('S', ALL, ALL, 15), cell('T1', ALL, ALL, 5), cell('T2', ALL, ALL, 5), cell('T3', 'OFFICE', ALL, 3), cell(ORG, ALL, ALL, 15)],
    leakCounts: [2],
  },
  {
    // Two overlapping views of one team: everyone, and the settled ones.
    name: 'two overlapping views whose difference is one person',
    k: 5,
    teams: [{ key: 'T', parent: null }],
    cells: [cell('T', ALL, ALL, 6), cell('T', ALL, 'SETTLED', 5)],
    leakCounts: [1],
    leakTarget: /^T\|ALL\|NEW$/,
  },
  {
    // Mode and band margins of one team pin down a mode × band cross that is never published.
    name: 'a mode × band cross recomputed from the margins',
    k: 3,
    teams: [{ key: 'T', parent: null }],
    cells: [
      cell('T', ALL, ALL, 12),
      cell('T', 'REMOTE', ALL, 6),
      cell('T', 'HYBRID', ALL, 0),
      cell('T', 'OFFICE', ALL, 6),
      cell('T', ALL, 'NEW', 7),
      cell('T', ALL, 'SETTLED', 5),
      // Through the organisation: nobody is filed outside T (ORG − T = 0), so this is T's REMOTE × NEW.
      cell(ORG, ALL, ALL, 12),
      cell(ORG, 'REMOTE', 'NEW', 5),
    ],
    // REMOTE×NEW = 5 is published, so OFFICE×NEW = 2 and REMOTE×SETTLED = 1 follow; OFFICE×SETTLED = 4.
    leakCounts: [1, 2],
  },
  {
    // A small group published outright is the plainest leak.
    name: 'a published cell of fewer than k',
    k: 5,
    teams: [{ key: 'T', parent: null }],
    cells: [cell('T', ALL, ALL, 9), cell('T', 'REMOTE', ALL, 2)],
    leakCounts: [2, 7].filter((n) => n < 5),
  },
];

const safe: Case[] = [
  {
    name: 'a parent and two children, nobody filed in the parent (ORG − A − B = 0 proves it)',
    k: 5,
    teams: [
      { key: 'P', parent: null },
      { key: 'A', parent: 'P' },
      { key: 'B', parent: 'P' },
    ],
    cells: [cell(ORG, ALL, ALL, 10), cell('P', ALL, ALL, 10), cell('A', ALL, ALL, 5), cell('B', ALL, ALL, 5)],
    leakCounts: [],
  },
  {
    name: 'work-mode figures whose every derivable remainder is 0 or at least k',
    k: 5,
    teams: [{ key: 'T', parent: null }],
    cells: [cell('T', ALL, ALL, 15), cell('T', 'REMOTE', ALL, 5), cell('T', 'OFFICE', ALL, 10), cell('T', ALL, 'NEW', 7), cell('T', ALL, 'SETTLED', 8)],
    leakCounts: [],
  },
  {
    name: 'a site whose small team is hidden together with a large enough sibling',
    k: 3,
    teams: site,
    cells: [cell(ORG, ALL, ALL, 15), cell('S', ALL, ALL, 15), cell('T1', ALL, ALL, 5)],
    leakCounts: [],
  },
];

describe('the 0/1 search of the row space', () => {
  it('finds a set that is no cell, no atom and no cell minus disjoint cells (inclusion–exclusion)', () => {
    // All − REMOTE − NEW + REMOTE×NEW = the settled people not working remotely, split by the hybrid cell.
    const cells = [
      cell('T', ALL, ALL, 17),
      cell('T', 'REMOTE', ALL, 8),
      cell('T', ALL, 'NEW', 12),
      cell('T', 'REMOTE', 'NEW', 5),
      cell('T', 'HYBRID', ALL, 5),
    ];
    const report = auditPublication({ k: 5, teams: [{ key: 'T', parent: null }], workModes: MODES, tenureBands: BANDS, cells });
    const found = report.leaks.find((l) => l.attack === 'row-space-search');
    expect(found).toMatchObject({ count: 2, innerCells: ['T:direct|HYBRID|SETTLED', 'T:direct|OFFICE|SETTLED'] });
    expect(found!.derivation).toEqual(
      expect.arrayContaining([
        { cell: 'T|ALL|ALL', coefficient: '1' },
        { cell: 'T|REMOTE|NEW', coefficient: '1' },
        { cell: 'T|REMOTE|ALL', coefficient: '-1' },
        { cell: 'T|ALL|NEW', coefficient: '-1' },
      ]),
    );
    expect(report.search.coverage).toMatch(/^every 0\/1 vector/);
  });
});

describe('the attacker reports every derivable group of 1..k-1 respondents', () => {
  it.each(cases)('$name', ({ k, teams, cells, leakCounts, leakTarget }) => {
    const report = auditPublication({ k, teams, workModes: MODES, tenureBands: BANDS, cells });
    const counts = [...new Set(report.leaks.map((l) => l.count))].sort((a, b) => a - b);
    expect(counts).toEqual(leakCounts);
    for (const leak of report.leaks) {
      // The derivation is a real combination of published cells that adds up to the leaked count.
      const total = leak.derivation.reduce((s, t) => {
        const [num, den = '1'] = t.coefficient.split('/');
        const c = cells.find((x) => `${x.team}|${x.workMode}|${x.tenureBand}` === t.cell)!;
        return s + (Number(num) / Number(den)) * c.n;
      }, 0);
      expect(total).toBeCloseTo(leak.count, 9);
    }
    if (leakTarget) expect(report.leaks.map((l) => l.target)).toEqual(expect.arrayContaining([expect.stringMatching(leakTarget)]));
    expect(report.inconsistencies).toEqual([]);
    expect(report.search.truncatedBlocks).toBe(0);
  });

  it.each(safe)('no leak: $name', ({ k, teams, cells }) => {
    const report = auditPublication({ k, teams, workModes: MODES, tenureBands: BANDS, cells });
    expect(report.leaks).toEqual([]);
    expect(report.search.truncatedBlocks).toBe(0);
  });
});
