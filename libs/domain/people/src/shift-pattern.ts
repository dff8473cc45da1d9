/**
 * Weekly shift pattern, written in CSV as `Mon-Fri 09:00-17:00; Sat 10:00-14:00`.
 * Days are ISO (1 = Monday … 7 = Sunday); a shift may cross midnight (22:00-06:00).
 */
export type ShiftBlock = { day: number; start: string; end: string };

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseShiftPattern(text: string): ParseResult<ShiftBlock[]> {
  const blocks: ShiftBlock[] = [];
  const parts = text.split(';').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return { ok: false, error: 'shift pattern is empty' };
  for (const part of parts) {
    const m = /^([A-Za-z]{3})(?:-([A-Za-z]{3}))?\s+(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(part);
    if (!m) return { ok: false, error: `shift "${part.slice(0, 40)}" is not like "Mon-Fri 09:00-17:00"` };
    const from = DAYS.indexOf(m[1].toLowerCase());
    const to = m[2] ? DAYS.indexOf(m[2].toLowerCase()) : from;
    if (from < 0 || to < 0) return { ok: false, error: `unknown day in "${part.slice(0, 40)}"` };
    if (to < from) return { ok: false, error: `day range "${m[1]}-${m[2]}" runs backwards` };
    if (!TIME.test(m[3]) || !TIME.test(m[4])) return { ok: false, error: `time in "${part.slice(0, 40)}" is not HH:MM` };
    if (m[3] === m[4]) return { ok: false, error: `shift "${part.slice(0, 40)}" has no length` };
    for (let d = from; d <= to; d++) {
      if (blocks.some((b) => b.day === d + 1)) return { ok: false, error: `${DAYS[d]} appears twice` };
      blocks.push({ day: d + 1, start: m[3], end: m[4] });
    }
  }
  return { ok: true, value: blocks.sort((a, b) => a.day - b.day) };
}

/** Consecutive days with the same hours, as runs: Mon, Tue, Wed 09:00-17:00 → one run Mon–Wed. */
export type ShiftRun = { fromDay: number; toDay: number; start: string; end: string };

export function shiftRuns(blocks: readonly ShiftBlock[]): ShiftRun[] {
  const sorted = [...blocks].sort((a, b) => a.day - b.day);
  const runs: ShiftRun[] = [];
  for (const b of sorted) {
    const last = runs[runs.length - 1];
    if (last && b.day === last.toDay + 1 && b.start === last.start && b.end === last.end) last.toDay = b.day;
    else runs.push({ fromDay: b.day, toDay: b.day, start: b.start, end: b.end });
  }
  return runs;
}

export function formatShiftPattern(blocks: readonly ShiftBlock[]): string {
  const name = (d: number) => DAYS[d - 1][0].toUpperCase() + DAYS[d - 1].slice(1);
  return shiftRuns(blocks)
    .map((r) => `${r.fromDay === r.toDay ? name(r.fromDay) : `${name(r.fromDay)}-${name(r.toDay)}`} ${r.start}-${r.end}`)
    .join('; ');
}

/** Minutes of a week (0 = Monday 00:00) covered by the pattern, as [start, end) intervals. */
export function weeklyMinutes(blocks: readonly ShiftBlock[]): Array<[number, number]> {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  const week = 7 * 24 * 60;
  const out: Array<[number, number]> = [];
  for (const b of blocks) {
    const start = (b.day - 1) * 1440 + toMin(b.start);
    let end = (b.day - 1) * 1440 + toMin(b.end);
    if (end <= start) end += 1440;
    if (end > week) {
      out.push([start, week], [0, end - week]);
    } else out.push([start, end]);
  }
  return out;
}
