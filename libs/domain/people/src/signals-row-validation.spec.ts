import { parseSignalRow, SignalFileChecker } from './signals-csv';

const good = { hris_id: 'E-1', week_start: '2026-11-23', contacts_handled: '412', occupancy_pct: '86.5', overtime_hours: '3', adherence_pct: '92', qa_score: '88', csat: '91' };

describe('weekly workload signals rows', () => {
  it('accepts a full row', () => {
    const r = parseSignalRow(good);
    expect(r.ok && r.value).toMatchObject({ contactsHandled: 412, occupancyPct: 86.5 });
  });
  it.each([
    ['a week that does not start on Monday', { week_start: '2026-11-24' }, /must be a Monday/],
    ['occupancy above 100', { occupancy_pct: '101' }, /occupancy_pct must be between 0 and 100/],
    ['fractional contacts', { contacts_handled: '3.5' }, /whole number/],
    ['text in a number', { qa_score: 'good' }, /qa_score must be a number/],
    ['negative overtime', { overtime_hours: '-1' }, /between 0 and 80/],
    ['no measures at all', { contacts_handled: '', occupancy_pct: '', overtime_hours: '', adherence_pct: '', qa_score: '', csat: '' }, /no measures/],
  ])('rejects %s', (_n, patch, reason) => {
    const r = parseSignalRow({ ...good, ...patch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons.join(';')).toMatch(reason);
  });
  it('flags the same person and week twice in one file', () => {
    const c = new SignalFileChecker();
    const r = parseSignalRow(good);
    if (!r.ok) throw new Error();
    expect(c.add(2, r.value)).toEqual([]);
    expect(c.add(5, r.value)[0]).toMatch(/already appears on line 2/);
  });
});
