import { Client } from 'pg';
import type { Logger } from 'pino';
import { seedDemoOrganisation } from '@pulse/seed';


/**
 * First start with an empty database: create the demo organisation, so a new user signs in to a
 * real, populated support org. Runs under an advisory lock so two replicas never seed twice.
 */
export async function seedIfEmpty(databaseUrl: string, log: Logger): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727275)');
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM organisation');
    if (Number(rows[0].n) > 0) return;
    const t = Date.now();
    const result = await seedDemoOrganisation(client);
    log.info({ people: result.people, ms: Date.now() - t }, 'demo organisation created');
    const lines = result.signIns.map((s) => `  ${s.role.padEnd(8)} ${s.email.padEnd(32)} ${s.password}`);
    // Printed plainly (not as JSON) so a person reading the terminal finds it at once.
    process.stdout.write(`\nDemo sign-ins (any of them, at http://localhost:${process.env.PORT ?? 3000}):\n${lines.join('\n')}\n\n`);
  } finally {
    await client.query('SELECT pg_advisory_unlock(727275)').catch(() => undefined);
    await client.end();
  }
}
