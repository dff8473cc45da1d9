import { canTransitionProgram, canTransitionWave, dueWaveTransition, WAVE_STATES, type WaveState } from './wave-lifecycle';

describe('a wave moves SCHEDULED → OPEN → CLOSED and never backwards', () => {
  const allowed = new Set(['SCHEDULED>OPEN', 'OPEN>CLOSED']);
  const pairs = WAVE_STATES.flatMap((from) => WAVE_STATES.map((to) => [from, to] as [WaveState, WaveState]));
  it.each(pairs)('%s → %s', (from, to) => expect(canTransitionWave(from, to)).toBe(allowed.has(`${from}>${to}`)));

  const at = (iso: string) => new Date(iso);
  it.each<[string, WaveState, string, string | null, string, WaveState | null]>([
    ['scheduled, before it may open', 'SCHEDULED', '2026-03-02T00:00Z', null, '2026-03-01T12:00Z', null],
    ['scheduled, when it may open', 'SCHEDULED', '2026-03-02T00:00Z', null, '2026-03-02T00:00Z', 'OPEN'],
    ['open, before the last window closes', 'OPEN', '2026-03-02T00:00Z', '2026-03-05T09:00Z', '2026-03-05T08:59Z', null],
    ['open, once the last window has closed', 'OPEN', '2026-03-02T00:00Z', '2026-03-05T09:00Z', '2026-03-05T09:00Z', 'CLOSED'],
    ['closed stays closed', 'CLOSED', '2026-03-02T00:00Z', '2026-03-05T09:00Z', '2027-01-01T00:00Z', null],
  ])('%s', (_name, status, opensFrom, closesAt, now, next) => {
    expect(dueWaveTransition({ status, opensFrom: at(opensFrom), closesAt: closesAt ? at(closesAt) : null }, at(now))).toBe(next);
  });
});

describe('a program is drafted, activated, paused and resumed, and archiving is final', () => {
  it.each([
    ['DRAFT', 'ACTIVE', true],
    ['ACTIVE', 'PAUSED', true],
    ['PAUSED', 'ACTIVE', true],
    ['ACTIVE', 'ARCHIVED', true],
    ['ARCHIVED', 'ACTIVE', false],
    ['DRAFT', 'PAUSED', false],
    ['ACTIVE', 'DRAFT', false],
  ] as const)('%s → %s: %s', (from, to, ok) => expect(canTransitionProgram(from, to)).toBe(ok));
});
