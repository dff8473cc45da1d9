import { parseShiftPattern } from '@pulse/domain-people';
import type { Formatters } from '../../i18n/useFormat';

/**
 * "Mon-Fri 09:00-17:00; Sat 10:00-14:00" in the reader's language ("周一至周五 09:00–17:00"...),
 * or the text as stored when it does not parse.
 */
export function describeShiftPattern(pattern: string | null | undefined, format: Formatters): string[] | null {
  if (!pattern) return null;
  const parsed = parseShiftPattern(pattern);
  if (!parsed.ok) return [pattern];
  const blocks = parsed.value;
  const lines: string[] = [];
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (
      j + 1 < blocks.length &&
      blocks[j + 1].day === blocks[j].day + 1 &&
      blocks[j + 1].start === blocks[i].start &&
      blocks[j + 1].end === blocks[i].end
    ) j++;
    const days = i === j ? format.weekday(blocks[i].day) : `${format.weekday(blocks[i].day)}–${format.weekday(blocks[j].day)}`;
    lines.push(`${days} ${blocks[i].start}–${blocks[i].end}`);
    i = j + 1;
  }
  return lines;
}
