import { Client } from 'pg';
import type { Logger } from 'pino';
import { DEMO_DEFAULTS, DEMO_SIGN_INS, seedDemoOrganisation } from '@pulse/seed';

function printSignIns(signIns: ReadonlyArray<{ role: string; email: string; password: string }>) {
  const lines = signIns.map((s) => `  ${s.role.padEnd(8)} ${s.email.padEnd(32)} ${s.password}`);
  // Printed plainly (not as JSON) so a person reading the terminal finds it at once.
  process.stdout.write(`\nDemo sign-ins (any of them, at http://localhost:${process.env.PORT ?? 3000}):\n${lines.join('\n')}\n\n`);
}

/**
 * First start with an empty database: create the demo organisation, so a new user signs in to a
 * real, populated support org. Runs under an advisory lock so two replicas never seed twice.
 * Later starts print the demo sign-ins again while the demo organisation exists.
 */
export async function seedIfEmpty(databaseUrl: string, log: Logger): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727275)');
    const { rows } = await client.query<{ n: string; demo: boolean }>(
      `SELECT count(*) AS n, bool_or(slug = $1) AS demo FROM organisation`,
      [DEMO_DEFAULTS.slug],
    );
    if (Number(rows[0].n) > 0) {
      if (rows[0].demo) printSignIns(DEMO_SIGN_INS);
      return;
    }
    const t = Date.now();
    const result = await seedDemoOrganisation(client);
    log.info({ people: result.people, ms: Date.now() - t }, 'demo organisation created');
    printSignIns(result.signIns);
  } finally {
    await client.query('SELECT pg_advisory_unlock(727275)').catch(() => undefined);
    await client.end();
  }
}
