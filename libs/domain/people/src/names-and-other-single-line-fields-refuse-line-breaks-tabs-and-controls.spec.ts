import { parseHrisRow } from './hris-csv';
import { checkText, singleLineProblem } from './text';

const good = {
  hris_id: 'E-1001', email: 'ana@example.com', first_name: 'Ana', last_name: 'Nowak', job_title: 'Agent II', level: 'L2',
  team_path: 'Support / EMEA / Billing', manager_hris_id: '', work_mode: 'REMOTE', work_mode_since: '', site: 'Kraków',
  time_zone: 'Europe/Warsaw', shift_pattern: '', language: 'pl', hire_date: '2025-03-03', exit_date: '', exit_reason: '',
};

describe('single-line text: names, titles, ids and paths refuse line breaks, tabs and control characters', () => {
  it.each([
    ['Ana\nMaria', 'first_name must be a single line: it contains a line break'],
    ['Ana\r\nMaria', 'first_name must be a single line: it contains a line break'],
    ['Ana\u2028Maria', 'first_name must be a single line: it contains a line break'],
    ['Ana\u0085Maria', 'first_name must be a single line: it contains a line break'],
    ['Ana\tMaria', 'first_name must be a single line: it contains a tab'],
    ['Ana\u0000', 'first_name contains control characters'],
    ['Ana\u001b[31m', 'first_name contains control characters'],
    ['Ana\u007f', 'first_name contains control characters'],
    ['Ana\u009b', 'first_name contains control characters'],
  ])('refuses %j', (value, message) => {
    expect(singleLineProblem('first_name', value)).toBe(message);
    expect(checkText('first_name', value, { required: true, max: 100 })).toBe(message);
  });

  it.each(['Żaneta Łódź', '王秀英', "O'Brien-Smith", 'José María', 'Ana\u00a0Maria'])('accepts %j', (value) => {
    expect(singleLineProblem('first_name', value)).toBeNull();
  });

  it.each(['first_name', 'last_name', 'job_title', 'level', 'site', 'team_path'] as const)('an HRIS row with a line break or tab inside %s is refused naming the field', (field) => {
    for (const bad of [`A\nB`, `A\tB`]) {
      const r = parseHrisRow({ ...good, [field]: bad });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reasons.join('; ')).toMatch(new RegExp(`^${field} must be a single line`));
    }
  });
});
