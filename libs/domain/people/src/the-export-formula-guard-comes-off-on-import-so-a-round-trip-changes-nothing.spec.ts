import { guardSpreadsheetFormula, parseHrisRow, unguardSpreadsheetFormula } from './hris-csv';

describe('the export formula guard comes off on import, so a round trip changes nothing', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+48 Ops', "'+48 Ops"],
    ['-Night shift', "'-Night shift"],
    ['@home', "'@home"],
    ["'=already quoted", "''=already quoted"],
    ["''+twice", "'''+twice"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ["O'Brien", "O'Brien"],
    ["'", "'"],
    ['Ana', 'Ana'],
    ['', ''],
  ])('%j is exported as %j and read back unchanged', (value, exported) => {
    expect(guardSpreadsheetFormula(value)).toBe(exported);
    expect(unguardSpreadsheetFormula(exported)).toBe(value);
  });

  it('an HRIS row reads guarded names, titles and teams without the guard', () => {
    const r = parseHrisRow({
      hris_id: 'E-1', email: 'e1@example.com', first_name: "'=Ana", last_name: "''-Nowak", job_title: "'+Lead", team_path: "'@Ops / Chat",
      work_mode: 'REMOTE', time_zone: 'Europe/Warsaw', hire_date: '2025-03-03',
    });
    expect(r.ok && [r.value.firstName, r.value.lastName, r.value.jobTitle, r.value.teamPath]).toEqual(['=Ana', "'-Nowak", '+Lead', ['@Ops', 'Chat']]);
  });
});
