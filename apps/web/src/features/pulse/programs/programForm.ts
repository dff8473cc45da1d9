/** The program form's state and its client-side checks (the API checks everything again). */
export type ProgramFormValues = {
  name: string;
  cadence: 'WEEKLY' | 'BIWEEKLY' | 'MONTHLY';
  itemsPerPulse: number | string;
  itemIds: string[];
  windowHours: number | string;
  reminderHoursBeforeClose: number | string;
  startsOn: string;
  audienceTeamIds: string[];
  audienceWorkModes: string[];
  audienceLevels: string[];
};

export type FormProblem = 'nameRequired' | 'itemsPerPulseRange' | 'itemsRequired' | 'windowRange' | 'reminderBeforeClose' | 'startsOnRequired';

export function emptyProgram(today: string): ProgramFormValues {
  return {
    name: '',
    cadence: 'WEEKLY',
    itemsPerPulse: 5,
    itemIds: [],
    windowHours: 72,
    reminderHoursBeforeClose: 24,
    startsOn: today,
    audienceTeamIds: [],
    audienceWorkModes: [],
    audienceLevels: [],
  };
}

const whole = (v: number | string) => (v === '' ? NaN : Number(v));

/** Problems by field; an empty object means the form may be sent. */
export function checkProgramForm(v: ProgramFormValues): Partial<Record<keyof ProgramFormValues, FormProblem>> {
  const out: Partial<Record<keyof ProgramFormValues, FormProblem>> = {};
  const perPulse = whole(v.itemsPerPulse);
  const window = whole(v.windowHours);
  const reminder = whole(v.reminderHoursBeforeClose);
  if (!v.name.trim()) out.name = 'nameRequired';
  if (!Number.isInteger(perPulse) || perPulse < 1 || perPulse > 5) out.itemsPerPulse = 'itemsPerPulseRange';
  if (v.itemIds.length === 0) out.itemIds = 'itemsRequired';
  if (!Number.isInteger(window) || window < 1 || window > 336) out.windowHours = 'windowRange';
  else if (v.reminderHoursBeforeClose !== '' && (!Number.isInteger(reminder) || reminder < 1 || reminder >= window)) out.reminderHoursBeforeClose = 'reminderBeforeClose';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.startsOn)) out.startsOn = 'startsOnRequired';
  return out;
}

/** The GraphQL input for valid form values. */
export function toProgramInput(v: ProgramFormValues) {
  return {
    name: v.name.trim(),
    cadence: v.cadence,
    itemsPerPulse: Number(v.itemsPerPulse),
    itemIds: v.itemIds,
    windowHours: Number(v.windowHours),
    reminderHoursBeforeClose: v.reminderHoursBeforeClose === '' ? null : Number(v.reminderHoursBeforeClose),
    startsOn: v.startsOn,
    audienceTeamIds: v.audienceTeamIds,
    audienceWorkModes: v.audienceWorkModes as Array<'REMOTE' | 'HYBRID' | 'OFFICE'>,
    audienceLevels: v.audienceLevels,
  };
}
