import { HRIS_COLUMNS, HrisFileChecker, parseHrisRow, checkHeader, REQUIRED_HRIS_COLUMNS } from './hris-csv';
import { isIsoDate } from './text';

const good = {
  hris_id: 'E-1001', email: 'Ana.Nowak@Example.com', first_name: 'Ana', last_name: 'Nowak', job_title: 'Agent II', level: 'L2',
  team_path: 'Support / EMEA / Billing', manager_hris_id: 'E-1', work_mode: 'remote', work_mode_since: '', site: 'Kraków',
  time_zone: 'Europe/Warsaw', shift_pattern: 'Mon-Fri 08:00-16:00', language: 'pl', hire_date: '2025-03-03', exit_date: '', exit_reason: '',
};

describe('HRIS row validation (SPEC §1)', () => {
  it('accepts a good row, lower-cases the e-mail and defaults work_mode_since to the hire date', () => {
    const r = parseHrisRow(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.email).toBe('ana.nowak@example.com');
    expect(r.value.workMode).toBe('REMOTE');
    expect(r.value.workModeSince).toBe('2025-03-03');
    expect(r.value.teamPath).toEqual(['Support', 'EMEA', 'Billing']);
    expect(r.value.shiftPattern).toHaveLength(5);
  });

  it('parses each shift pattern text once: rows with the same text share one frozen pattern', () => {
    const a = parseHrisRow(good);
    const b = parseHrisRow({ ...good, hris_id: 'E-1002', shift_pattern: ' Mon-Fri 08:00-16:00 ' });
    const c = parseHrisRow({ ...good, hris_id: 'E-1003', shift_pattern: 'Mon-Thu 08:00-16:00' });
    if (!a.ok || !b.ok || !c.ok) throw new Error('fixture');
    expect(b.value.shiftPattern).toBe(a.value.shiftPattern);
    expect(Object.isFrozen(a.value.shiftPattern) && Object.isFrozen(a.value.shiftPattern[0])).toBe(true);
    expect(c.value.shiftPattern).toHaveLength(4);
    expect(parseHrisRow({ ...good, shift_pattern: 'Weekdays 9-5' })).toMatchObject({ ok: false });
    expect(parseHrisRow({ ...good, shift_pattern: 'Weekdays 9-5' })).toMatchObject({ ok: false });
  });

  it.each([
    ['missing hris_id', { hris_id: '' }, /hris_id is required/],
    ['hris_id with spaces', { hris_id: 'E 1' }, /hris_id may only hold/],
    ['bad e-mail', { email: 'not-an-email' }, /not a valid e-mail/],
    ['impossible date', { hire_date: '2025-02-30' }, /hire_date must be a real date/],
    ['US-style date', { hire_date: '03/04/2025' }, /hire_date must be a real date/],
    ['unknown work mode', { work_mode: 'HOME' }, /work_mode must be one of REMOTE, HYBRID, OFFICE/],
    ['NUL byte in a name', { first_name: 'An\u0000a' }, /first_name contains control characters/],
    ['10 kB name', { last_name: 'x'.repeat(10_000) }, /last_name is longer than 100/],
    ['unknown time zone', { time_zone: 'Mars/Olympus' }, /IANA time zone/],
    ['own manager', { manager_hris_id: 'E-1001' }, /own manager/],
    ['exit before hire', { exit_date: '2024-01-01', exit_reason: 'VOLUNTARY' }, /exit_date is before hire_date/],
    ['exit without reason', { exit_date: '2025-06-01' }, /exit_reason must be VOLUNTARY or INVOLUNTARY/],
    ['reason without exit', { exit_reason: 'VOLUNTARY' }, /exit_reason is set but exit_date is empty/],
    ['empty team segment', { team_path: 'Support //Billing' }, /empty segment/],
    ['bad shift', { shift_pattern: 'Weekdays 9-5' }, /shift_pattern/],
    ['unsupported language', { language: 'de' }, /language must be one of/],
    ['work mode before hire', { work_mode_since: '2025-01-01' }, /work_mode_since is before hire_date/],
  ])('rejects %s with a clear reason', (_name, patch, reason) => {
    const r = parseHrisRow({ ...good, ...patch });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reasons.join('; ')).toMatch(reason);
  });

  it('reports every problem of a row at once', () => {
    const r = parseHrisRow({ ...good, email: 'x', hire_date: 'never', work_mode: '?' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons).toHaveLength(3);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['1899-12-31', false],
    ['2026-1-05', false],
    ['2026-13-01', false],
  ])('%s is a real date: %s', (text, ok) => expect(isIsoDate(text)).toBe(ok));
});

describe('HRIS file rules', () => {
  it('flags e-mails that differ only in letter case, and repeated HRIS ids, with the earlier line', () => {
    const c = new HrisFileChecker();
    const a = parseHrisRow(good);
    const b = parseHrisRow({ ...good, hris_id: 'E-2', email: 'ANA.NOWAK@example.COM' });
    const d = parseHrisRow({ ...good, email: 'other@example.com' });
    if (!a.ok || !b.ok || !d.ok) throw new Error('fixture');
    expect(c.add(2, a.value)).toEqual([]);
    expect(c.add(3, b.value)[0]).toMatch(/already appears on line 2 \(e-mails are compared ignoring case\)/);
    expect(c.add(4, d.value)[0]).toMatch(/hris_id E-1001 already appears on line 2/);
  });

  it('checks the header: missing, unknown and repeated columns', () => {
    expect(checkHeader([...HRIS_COLUMNS], HRIS_COLUMNS, REQUIRED_HRIS_COLUMNS)).toEqual([]);
    const errs = checkHeader(['hris_id', 'email', 'email', 'salary'], HRIS_COLUMNS, REQUIRED_HRIS_COLUMNS);
    expect(errs).toEqual(expect.arrayContaining(['unknown column "salary"', 'column "email" appears twice', 'missing column "hire_date"']));
  });
});
