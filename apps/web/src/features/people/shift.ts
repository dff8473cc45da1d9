import { parseShiftPattern, shiftRuns } from '@pulse/domain-people';
import type { Formatters } from '../../i18n/useFormat';

/**
 * "Mon-Fri 09:00-17:00; Sat 10:00-14:00" in the reader's language ("周一至周五 09:00–17:00"...),
 * or the text as stored when it does not parse.
 */
export function describeShiftPattern(pattern: string | null | undefined, format: Formatters): string[] | null {
  if (!pattern) return null;
  const parsed = parseShiftPattern(pattern);
  if (!parsed.ok) return [pattern];
  return shiftRuns(parsed.value).map((r) => {
    const days = r.fromDay === r.toDay ? format.weekday(r.fromDay) : `${format.weekday(r.fromDay)}–${format.weekday(r.toDay)}`;
    return `${days} ${r.start}–${r.end}`;
  });
}
