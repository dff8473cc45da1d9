// Audits what a role can see of closed pulse waves: signs in, collects every view, solves.
//   npm run audit:disclosure -- --url http://127.0.0.1:3000 --email hr@demo.pulse.test --password pulse-demo-2026
// Prints one JSON line per wave × quantity, then a summary line; exits 1 on any leak, any
// contradiction inside the published figures, or any two views disagreeing about one cell.
import { parseArgs } from 'node:util';
import { auditCollection, cellNamer, collect, signIn } from './src/collector';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    email: { type: 'string' },
    password: { type: 'string' },
    'leaks-per-line': { type: 'string', default: '5' },
    // Use only counts a view states for the measure itself (no "everyone in the cell answered it").
    'strict-counts': { type: 'boolean', default: false },
    // Measures to ask for besides those discovered from the programs' items (roles that cannot read them).
    measures: { type: 'string', default: '' },
  },
});
if (!values.email || !values.password) {
  console.error('usage: npm run audit:disclosure -- --url <base url> --email <e-mail> --password <password>');
  process.exit(2);
}

async function main(): Promise<number> {
  const started = Date.now();
  const gql = await signIn(values.url!, values.email!, values.password!);
  const collection = await collect(gql, { assumeMeasureCountFromRespondents: !values['strict-counts'], measures: values.measures!.split(',').filter(Boolean), log: (line) => console.error(line) });
  const named = cellNamer(collection.teams);
  const audits = auditCollection(collection);
  const perLine = Number(values['leaks-per-line']);
  const sizes: Record<number, number> = {};
  let leaks = 0;
  let hiddenRecomputed = 0;
  let inconsistencies = 0;
  for (const a of audits) {
    leaks += a.leaks.length;
    hiddenRecomputed += a.hiddenRecomputed.length;
    inconsistencies += a.inconsistencies.length;
    for (const l of a.leaks) sizes[l.count] = (sizes[l.count] ?? 0) + 1;
    console.log(
      JSON.stringify({
        program: a.program,
        period: a.period,
        quantity: a.quantity,
        cells: a.cells,
        hidden: a.hidden,
        hiddenRecomputed: a.hiddenRecomputed.map((h) => ({ cell: named(h.cell), count: h.count })),
        meanOnly: a.meanOnly,
        leaks: a.leaks.length,
        examples: a.leaks.slice(0, perLine).map((l) => ({
          attack: l.attack,
          target: l.innerCells.length <= 4 ? l.innerCells.map(named).join(' + ') : named(l.target),
          count: l.count,
          mean: l.mean ? `${l.mean.value.toFixed(3)} ± ${l.mean.tolerance.toFixed(3)}` : null,
          derivation: l.derivation.map((t) => `${t.coefficient} × ${named(t.cell)}`).join(' '),
        })),
        inconsistencies: a.inconsistencies,
        search: a.coverage,
      }),
    );
  }
  for (const f of collection.findings) console.log(JSON.stringify({ finding: f }));
  const summary = {
    summary: true,
    email: values.email,
    k: collection.k,
    requests: collection.requests,
    waves: new Set(audits.map((a) => `${a.program}@${a.period}`)).size,
    audited: audits.length,
    publishedCells: audits.reduce((s, a) => s + a.cells, 0),
    hiddenCells: audits.reduce((s, a) => s + a.hidden, 0),
    hiddenRecomputed,
    leaks,
    leakSizes: sizes,
    disagreements: collection.findings.length,
    failedRequests: collection.failures.length,
    failureExample: collection.failures[0] ?? null,
    inconsistencies,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  console.log(JSON.stringify(summary));
  return leaks > 0 || collection.findings.length > 0 || inconsistencies > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
