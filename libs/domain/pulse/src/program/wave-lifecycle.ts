/** A wave's lifecycle (SPEC §4.2): planned, then open for answers, then closed. Never backwards. */
export const WAVE_STATES = ['SCHEDULED', 'OPEN', 'CLOSED'] as const;
export type WaveState = (typeof WAVE_STATES)[number];

export const WAVE_TRANSITIONS: Readonly<Record<WaveState, readonly WaveState[]>> = {
  SCHEDULED: ['OPEN'],
  OPEN: ['CLOSED'],
  CLOSED: [],
};

export function canTransitionWave(from: WaveState, to: WaveState): boolean {
  return WAVE_TRANSITIONS[from].includes(to);
}

/** The next state of a wave at `now`, or null when it stays as it is. */
export function dueWaveTransition(
  wave: { readonly status: WaveState; readonly opensFrom: Date; readonly closesAt: Date | null },
  now: Date,
): WaveState | null {
  if (wave.status === 'SCHEDULED' && now.getTime() >= wave.opensFrom.getTime()) return 'OPEN';
  if (wave.status === 'OPEN' && wave.closesAt && now.getTime() >= wave.closesAt.getTime()) return 'CLOSED';
  return null;
}

/** A program's lifecycle: HR drafts, activates, pauses and resumes, archives (final). */
export const PROGRAM_STATES = ['DRAFT', 'ACTIVE', 'PAUSED', 'ARCHIVED'] as const;
export type ProgramState = (typeof PROGRAM_STATES)[number];

export const PROGRAM_TRANSITIONS: Readonly<Record<ProgramState, readonly ProgramState[]>> = {
  DRAFT: ['ACTIVE', 'ARCHIVED'],
  ACTIVE: ['PAUSED', 'ARCHIVED'],
  PAUSED: ['ACTIVE', 'ARCHIVED'],
  ARCHIVED: [],
};

export function canTransitionProgram(from: ProgramState, to: ProgramState): boolean {
  return PROGRAM_TRANSITIONS[from].includes(to);
}
