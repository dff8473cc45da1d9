import { checkHeader, HRIS_COLUMNS, HrisFileChecker, parseHrisRow, REQUIRED_HRIS_COLUMNS, type HrisColumn } from '@pulse/domain-people';
import { generateOrganisation } from './generate';
import { hrisCsvLines } from './hris';

/** A minimal CSV reader for this test: the generator quotes only fields that need it. */
function parseLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

describe('the generated HRIS CSV passes the product import rules', () => {
  const org = generateOrganisation({ people: 2000, slug: 'bench', name: 'Bench', seed: 4, today: '2026-11-25', hrisPrefix: 'BX' });
  const lines = [...hrisCsvLines(org)].map((l) => l.replace(/\n$/, ''));

  it('has the HRIS header and one line per person', () => {
    const header = parseLine(lines[0]);
    expect(header).toEqual([...HRIS_COLUMNS]);
    expect(checkHeader(header, HRIS_COLUMNS, REQUIRED_HRIS_COLUMNS)).toEqual([]);
    expect(lines).toHaveLength(org.people.length + 1);
  });

  it('parses every row without a problem, with unique ids and e-mails and resolvable managers', () => {
    const checker = new HrisFileChecker();
    const ids = new Set<string>();
    const managers: string[] = [];
    lines.slice(1).forEach((line, k) => {
      const values = parseLine(line);
      const raw = Object.fromEntries(HRIS_COLUMNS.map((c, i) => [c, values[i]])) as Record<HrisColumn, string>;
      const parsed = parseHrisRow(raw);
      if (!parsed.ok) throw new Error(`line ${k + 2}: ${parsed.reasons.join('; ')}`);
      expect(checker.add(k + 2, parsed.value)).toEqual([]);
      expect(parsed.value.hrisId).toMatch(/^BX\d{6}$/);
      ids.add(parsed.value.hrisId);
      if (parsed.value.managerHrisId) managers.push(parsed.value.managerHrisId);
    });
    // Every manager is in the file itself (the import would reject the row otherwise).
    expect(managers.filter((m) => !ids.has(m))).toEqual([]);
  });

  it('exports the current work mode with the date it started', () => {
    const p = org.people.find((x) => x.workModes.length > 1)!;
    const line = lines.find((l) => l.startsWith(`${p.hrisId},`))!;
    const values = parseLine(line);
    expect(values[HRIS_COLUMNS.indexOf('work_mode')]).toBe(p.workMode);
    expect(values[HRIS_COLUMNS.indexOf('work_mode_since')]).toBe(p.workModes[p.workModes.length - 1].effectiveFrom);
  });
});
