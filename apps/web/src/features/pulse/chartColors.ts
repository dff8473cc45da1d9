/** Line colours with at least 3:1 contrast on white (WCAG 1.4.11 non-text contrast). */
const COLORS = ['#1864ab', '#c2255c', '#2b8a3e', '#d9480f', '#5f3dc4'] as const;

export function lineColor(index: number): string {
  return COLORS[index % COLORS.length];
}

/** Dashed patterns so lines differ by more than colour. */
const DASHES = [undefined, '6 3', '2 3', '8 3 2 3'] as const;
export function lineDash(index: number): string | undefined {
  return DASHES[index % DASHES.length];
}
