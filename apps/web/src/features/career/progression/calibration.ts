/** One cell of the calibration grid: self and manager side by side, and how far apart they are. */
export type CalibrationCellLike = { personId: string; competencyKey: string; self: number | null; manager: number | null; peer: number | null; expected: number };

export type CalibrationView = {
  cell: CalibrationCellLike | null;
  /** manager − self; null unless both assessed. */
  difference: number | null;
  /** Self and manager differ by `threshold` or more: worth a conversation. */
  flagged: boolean;
  belowExpected: boolean;
};

export function calibrationView(cells: readonly CalibrationCellLike[], threshold = 1) {
  const at = new Map(cells.map((c) => [`${c.personId}|${c.competencyKey}`, c]));
  return (personId: string, competencyKey: string): CalibrationView => {
    const cell = at.get(`${personId}|${competencyKey}`) ?? null;
    const difference = cell && cell.self !== null && cell.manager !== null ? cell.manager - cell.self : null;
    const current = cell ? (cell.manager ?? cell.self) : null;
    return {
      cell,
      difference,
      flagged: difference !== null && Math.abs(difference) >= threshold,
      belowExpected: cell !== null && cell.expected > 0 && current !== null && current < cell.expected,
    };
  };
}

/** How many cells are flagged per competency: where the team's self-view and the manager's differ most. */
export function flaggedPerCompetency(cells: readonly CalibrationCellLike[], threshold = 1): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of cells) {
    if (c.self !== null && c.manager !== null && Math.abs(c.manager - c.self) >= threshold) out.set(c.competencyKey, (out.get(c.competencyKey) ?? 0) + 1);
  }
  return out;
}
