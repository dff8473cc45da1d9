import { validateProgram, type ProgramDraft } from './program-validation';

const TEAM = '11111111-1111-4111-8111-111111111111';
const ctx = { teamIds: new Set([TEAM]), levels: new Set(['L1', 'L2']) };
const valid: ProgramDraft = {
  name: 'Weekly wellbeing',
  cadence: 'WEEKLY',
  itemsPerPulse: 5,
  itemIds: ['cbi.work.7', 'cbi.work.8', 'cbi.work.9', 'enps.recommend'],
  windowHours: 72,
  reminderHoursBeforeClose: 24,
  startsOn: '2026-03-02',
  audienceTeamIds: [TEAM],
  audienceWorkModes: ['REMOTE'],
  audienceLevels: ['L1'],
};

describe('program validation returns every problem with a clear message', () => {
  it('accepts a valid program', () => expect(validateProgram(valid, ctx)).toEqual([]));

  it.each<[string, Partial<ProgramDraft>, string, RegExp]>([
    ['empty name', { name: '  ' }, 'name', /required/],
    ['long name', { name: 'x'.repeat(121) }, 'name', /120/],
    ['unknown cadence', { cadence: 'DAILY' }, 'cadence', /WEEKLY, BIWEEKLY, MONTHLY/],
    ['0 items per pulse', { itemsPerPulse: 0 }, 'itemsPerPulse', /1 to 5/],
    ['6 items per pulse', { itemsPerPulse: 6 }, 'itemsPerPulse', /1 to 5/],
    ['no items', { itemIds: [] }, 'itemIds', /at least one/],
    ['unknown item', { itemIds: ['cbi.work.99'] }, 'itemIds', /not in the instrument library/],
    ['duplicate item', { itemIds: ['enps.recommend', 'enps.recommend'] }, 'itemIds', /chosen twice/],
    ['0 h window', { windowHours: 0 }, 'windowHours', /1 to 336/],
    ['337 h window', { windowHours: 337 }, 'windowHours', /1 to 336/],
    ['reminder equal to window', { windowHours: 24, reminderHoursBeforeClose: 24 }, 'reminderHoursBeforeClose', /before the window closes/],
    ['reminder 0 h', { reminderHoursBeforeClose: 0 }, 'reminderHoursBeforeClose', /at least 1/],
    ['bad date', { startsOn: '2026-13-45' }, 'startsOn', /YYYY-MM-DD/],
    ['unknown team', { audienceTeamIds: ['22222222-2222-4222-8222-222222222222'] }, 'audienceTeamIds', /not a team/],
    ['unknown work mode', { audienceWorkModes: ['MOON'] }, 'audienceWorkModes', /REMOTE, HYBRID, OFFICE/],
    ['unknown level', { audienceLevels: ['L9'] }, 'audienceLevels', /not a level/],
  ])('%s', (_name, patch, field, message) => {
    const problems = validateProgram({ ...valid, ...patch }, ctx);
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe(field);
    expect(problems[0].message).toMatch(message);
  });

  it('reports all problems at once, not just the first', () => {
    const problems = validateProgram({ ...valid, name: '', itemsPerPulse: 9, windowHours: 0, itemIds: ['nope'] }, ctx);
    expect(problems.map((p) => p.field).sort()).toEqual(['itemIds', 'itemsPerPulse', 'name', 'windowHours'].sort());
  });

  it('allows no reminder', () => expect(validateProgram({ ...valid, reminderHoursBeforeClose: null }, ctx)).toEqual([]));
});
