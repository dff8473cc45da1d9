/**
 * Characters that never belong in a single-line value (a name, id, title, path or address): every C0
 * control (tab, line feed and carriage return included), DEL, the C1 controls and Unicode's line and
 * paragraph separators. A line break in a name splits it on screens, in exports and in e-mails.
 */
const NOT_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

/** What keeps a value from being one line: a line break first, then a tab, then any other control character. */
export type SingleLineFault = 'LINE_BREAK' | 'TAB' | 'CONTROL_CHARACTER';

/** The one rule for single-line text, as a code (for messages worded elsewhere, e.g. translated on screen). */
export function singleLineFault(value: string): SingleLineFault | null {
  if (!NOT_SINGLE_LINE.test(value)) return null;
  if (LINE_BREAK.test(value)) return 'LINE_BREAK';
  if (value.includes('\t')) return 'TAB';
  return 'CONTROL_CHARACTER';
}

/**
 * The one rule for single-line text, shared by the HRIS and signals imports, SCIM, GraphQL inputs
 * and the career ladder: null when `value` is one line of printable text, else why not, naming the field.
 */
export function singleLineProblem(label: string, value: string): string | null {
  switch (singleLineFault(value)) {
    case null:
      return null;
    case 'LINE_BREAK':
      return `${label} must be a single line: it contains a line break`;
    case 'TAB':
      return `${label} must be a single line: it contains a tab`;
    case 'CONTROL_CHARACTER':
      return `${label} contains control characters`;
  }
}
