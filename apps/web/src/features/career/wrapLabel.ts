/**
 * Splits a label into at most `maxLines` lines of about `maxChars` characters for SVG text (which does
 * not wrap). Words stay whole where there are spaces; Chinese (no spaces) breaks between characters.
 * The last line ends in "…" when text is left over; the full name is in the table beside the chart.
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const tokens = /\s/.test(text.trim()) ? text.trim().split(/\s+/) : [...text.trim()];
  const joiner = /\s/.test(text.trim()) ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const token of tokens) {
    const next = line ? `${line}${joiner}${token}` : token;
    if ([...next].length <= maxChars || !line) {
      line = next;
    } else {
      lines.push(line);
      line = token;
    }
    used++;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
  }
  const complete = used === tokens.length && lines.join(joiner) === tokens.join(joiner);
  if (!complete && lines.length > 0) {
    const last = [...lines[lines.length - 1]];
    lines[lines.length - 1] = `${last.slice(0, Math.max(1, maxChars - 1)).join('')}…`;
  }
  return lines.map((l) => ([...l].length > maxChars ? `${[...l].slice(0, maxChars - 1).join('')}…` : l));
}
