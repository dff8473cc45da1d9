import { checkProgramForm, emptyProgram, toProgramInput } from './programForm';

const valid = { ...emptyProgram('2026-03-02'), name: 'Weekly', itemIds: ['enps.recommend'] };

describe('the program form checks what HR typed before sending it', () => {
  it('accepts a complete form', () => expect(checkProgramForm(valid)).toEqual({}));
  it.each([
    ['no name', { name: ' ' }, 'name', 'nameRequired'],
    ['6 items per pulse', { itemsPerPulse: 6 }, 'itemsPerPulse', 'itemsPerPulseRange'],
    ['no items', { itemIds: [] }, 'itemIds', 'itemsRequired'],
    ['window 0', { windowHours: 0 }, 'windowHours', 'windowRange'],
    ['reminder not before close', { windowHours: 24, reminderHoursBeforeClose: 24 }, 'reminderHoursBeforeClose', 'reminderBeforeClose'],
    ['no start date', { startsOn: '' }, 'startsOn', 'startsOnRequired'],
  ])('%s', (_n, patch, field, problem) => expect(checkProgramForm({ ...valid, ...patch })).toEqual({ [field]: problem }));
  it('an empty reminder means none', () => expect(toProgramInput({ ...valid, reminderHoursBeforeClose: '' }).reminderHoursBeforeClose).toBeNull());
});
