import { WORK_MODES } from '@pulse/shared';
import type { InstrumentDefinition } from '../instrument';
import { findPulseItem } from '../response/measures';
import { CADENCES } from './cadence';

export const MAX_ITEMS_PER_PULSE = 5;
export const MAX_WINDOW_HOURS = 336;

export type ProgramDraft = {
  readonly name: string;
  readonly cadence: string;
  readonly itemsPerPulse: number;
  readonly itemIds: readonly string[];
  readonly windowHours: number;
  readonly reminderHoursBeforeClose: number | null;
  readonly startsOn: string;
  readonly audienceTeamIds: readonly string[];
  readonly audienceWorkModes: readonly string[];
  readonly audienceLevels: readonly string[];
};

export type ProgramProblem = { readonly field: keyof ProgramDraft; readonly message: string };

/** What the organisation has, to check audience choices against. */
export type ProgramContext = {
  readonly teamIds: ReadonlySet<string>;
  readonly levels: ReadonlySet<string>;
  readonly custom?: readonly InstrumentDefinition[];
};

/** Every problem with a program, each with a message HR can act on; an empty list means valid. */
export function validateProgram(p: ProgramDraft, ctx: ProgramContext): ProgramProblem[] {
  const problems: ProgramProblem[] = [];
  const add = (field: keyof ProgramDraft, message: string) => problems.push({ field, message });
  const name = p.name.trim();
  if (!name) add('name', 'Name is required.');
  else if (name.length > 120) add('name', 'Name must be at most 120 characters.');
  if (!(CADENCES as readonly string[]).includes(p.cadence)) add('cadence', `Cadence must be one of ${CADENCES.join(', ')}.`);
  if (!Number.isInteger(p.itemsPerPulse) || p.itemsPerPulse < 1 || p.itemsPerPulse > MAX_ITEMS_PER_PULSE)
    add('itemsPerPulse', `Items per pulse must be a whole number from 1 to ${MAX_ITEMS_PER_PULSE}.`);
  if (p.itemIds.length === 0) add('itemIds', 'Choose at least one item.');
  const seen = new Set<string>();
  for (const id of p.itemIds) {
    if (seen.has(id)) add('itemIds', `Item "${id}" is chosen twice.`);
    seen.add(id);
    if (!findPulseItem(id, ctx.custom ?? [])) add('itemIds', `Item "${id}" is not in the instrument library.`);
  }
  const windowOk = Number.isInteger(p.windowHours) && p.windowHours >= 1 && p.windowHours <= MAX_WINDOW_HOURS;
  if (!windowOk)
    add('windowHours', `Window must be a whole number of hours from 1 to ${MAX_WINDOW_HOURS}.`);
  if (p.reminderHoursBeforeClose !== null) {
    if (!Number.isInteger(p.reminderHoursBeforeClose) || p.reminderHoursBeforeClose < 1)
      add('reminderHoursBeforeClose', 'Reminder must be a whole number of hours, at least 1 (or none).');
    else if (windowOk && p.reminderHoursBeforeClose >= p.windowHours) add('reminderHoursBeforeClose', 'Reminder must come before the window closes: fewer hours than the window.');
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.startsOn) || Number.isNaN(Date.parse(`${p.startsOn}T00:00:00Z`)))
    add('startsOn', 'Start date must be a date (YYYY-MM-DD).');
  for (const t of p.audienceTeamIds) if (!ctx.teamIds.has(t)) add('audienceTeamIds', `Team "${t}" is not a team of this organisation.`);
  for (const m of p.audienceWorkModes)
    if (!(WORK_MODES as readonly string[]).includes(m)) add('audienceWorkModes', `Work mode "${m}" must be one of ${WORK_MODES.join(', ')}.`);
  for (const l of p.audienceLevels) if (!ctx.levels.has(l)) add('audienceLevels', `Level "${l}" is not a level anyone in this organisation has.`);
  return problems;
}
