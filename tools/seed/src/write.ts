import { randomBytes, randomInt } from 'node:crypto';
import type { ClientBase } from 'pg';
import { copy, line } from './copy';
import { pulseProgressUnits, writePulseHistory, type PulseRowCounts } from './write-pulse';
import type { GeneratedOrganisation } from './generate';
import { DEMO_SUPPORT_MESSAGES } from './support-message';

export type ProgressCallback = (done: number, total: number) => void;

export type RowCounts = { teams: number; people: number; workModeChanges: number; accounts: number; weeklySignals: number } & PulseRowCounts;

/**
 * Writes a generated organisation with COPY (one round trip per table instead of one per row).
 * Runs inside the caller's transaction and never commits: the caller decides.
 * Progress counts rows written, with every employed person-week counted as one signal row and
 * every pulse invitation as two (the invitation, then its response or the lack of one).
 */
export async function writeOrganisation(
  client: ClientBase,
  org: GeneratedOrganisation,
  passwordHash: string,
  onProgress?: ProgressCallback,
): Promise<{ organisationId: string; rows: RowCounts }> {
  const { teams, people, accounts } = org;
  const modeRows = people.reduce((n, p) => n + p.workModes.length, 0);
  let weeks = 0;
  for (let i = 0; i < people.length; i++) weeks += org.signalWeeksOf(i);
  const total = teams.length + people.length + modeRows + accounts.length + weeks + pulseProgressUnits(org);
  let done = 0;
  const advance = (n: number) => {
    done += n;
    onProgress?.(done, total);
  };
  onProgress?.(0, total);

  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO organisation (slug, name, support_message, support_messages) VALUES ($1, $2, $3, $4) RETURNING id`,
    [org.slug, org.name, DEMO_SUPPORT_MESSAGES.en, JSON.stringify(DEMO_SUPPORT_MESSAGES)],
  );
  const orgId = rows[0].id;
  // Tenant tables are row-level secured (the API's ADR 0013): an owner that is not a superuser
  // writes this organisation's rows only with the transaction-local setting naming it.
  await client.query(`SELECT set_config('app.organisation_id', $1, true)`, [orgId]);
  const nextId = uuidSequence();
  const teamIds = teams.map(() => nextId());
  const personIds = people.map(() => nextId());

  // Teams first without leads (a lead is a person, and people point at teams), parents before children.
  await copy(client, 'COPY team (id, organisation_id, parent_id, name, path) FROM STDIN', function* () {
    for (let i = 0; i < teams.length; i++) {
      const t = teams[i];
      yield line([teamIds[i], orgId, t.parent === null ? null : teamIds[t.parent], t.name, t.path]);
    }
  }, advance);

  await copy(
    client,
    `COPY person (id, organisation_id, hris_id, email, first_name, last_name, job_title, level, team_id, manager_id,
       work_mode, site, time_zone, shift_pattern, language, hire_date, exit_date, exit_reason) FROM STDIN`,
    function* () {
      for (let i = 0; i < people.length; i++) {
        const p = people[i];
        yield line([
          personIds[i], orgId, p.hrisId, p.email, p.firstName, p.lastName, p.jobTitle, p.level, teamIds[p.team],
          p.manager === null ? null : personIds[p.manager], p.workMode, p.site, p.timeZone, JSON.stringify(p.shiftPattern),
          p.language, p.hireDate, p.exitDate, p.exitReason,
        ]);
      }
    },
    advance,
  );

  const led = teams.map((t, i) => [i, t.lead] as const).filter((x): x is readonly [number, number] => x[1] !== null);
  await client.query(
    `UPDATE team SET lead_id = v.lead FROM unnest($1::uuid[], $2::uuid[]) AS v(id, lead) WHERE team.id = v.id`,
    [led.map(([t]) => teamIds[t]), led.map(([, p]) => personIds[p])],
  );

  await copy(client, 'COPY work_mode_change (organisation_id, person_id, work_mode, effective_from) FROM STDIN', function* () {
    for (let i = 0; i < people.length; i++) {
      for (const m of people[i].workModes) yield line([orgId, personIds[i], m.workMode, m.effectiveFrom]);
    }
  }, advance);

  await copy(client, 'COPY account (organisation_id, person_id, email, password_hash, roles, disabled_at) FROM STDIN', function* () {
    for (const a of accounts) {
      yield line([orgId, personIds[a.person], a.email, passwordHash, `{${a.roles.join(',')}}`, a.disabledAt]);
    }
  }, advance);

  // Signals: millions of rows, generated person by person as they are sent, in COPY statements
  // of ~250k rows so foreign-key work (queued to the end of each statement) never piles up.
  const fast = await enterFastLoad(client);
  let signalRows = 0;
  for (let from = 0; from < people.length; ) {
    let to = from;
    for (let units = 0; to < people.length && units < 250_000; to++) units += org.signalWeeksOf(to);
    const [lo, hi] = [from, to];
    await copy(
      client,
      `COPY weekly_signal (id, organisation_id, person_id, week_start, contacts_handled, occupancy_pct, overtime_hours,
         adherence_pct, qa_score, csat) FROM STDIN`,
      function* () {
        for (let i = lo; i < hi; i++) {
          const n = org.signalWeeksOf(i);
          if (n === 0) continue;
          const pid = personIds[i];
          let text = '';
          const signals = org.signalsOf(i);
          signalRows += signals.length;
          for (const s of signals) {
            text += `${nextId()}\t${orgId}\t${pid}\t${s.weekStart}\t${s.contactsHandled}\t${s.occupancyPct}\t${s.overtimeHours}\t${s.adherencePct}\t${s.qaScore}\t${s.csat}\n`;
          }
          yield { text, units: n };
        }
      },
      advance,
    );
    from = to;
  }
  // Pulse history: millions of invitations and responses for big organisations, under the same
  // bulk-load mode (the skipped foreign keys are checked below).
  const pulse = await writePulseHistory(client, org, { orgId, teamIds, personIds, nextId }, advance);

  if (fast) {
    await client.query(`SET LOCAL session_replication_role = origin`);
    // The skipped foreign-key checks, as hash anti-joins instead of one lookup per row.
    const { rows: orphans } = await client.query<{ signals: number; invitations: number; responses: number; others: number }>(
      `SELECT (SELECT count(*)::int FROM weekly_signal s WHERE s.organisation_id = $1
                  AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = s.person_id)) AS signals,
              (SELECT count(*)::int FROM pulse_invitation i WHERE i.organisation_id = $1
                  AND (NOT EXISTS (SELECT 1 FROM person p WHERE p.id = i.person_id)
                       OR NOT EXISTS (SELECT 1 FROM pulse_wave w WHERE w.id = i.wave_id))) AS invitations,
              (SELECT count(*)::int FROM pulse_response r WHERE r.organisation_id = $1
                  AND (NOT EXISTS (SELECT 1 FROM person p WHERE p.id = r.person_id)
                       OR NOT EXISTS (SELECT 1 FROM pulse_wave w WHERE w.id = r.wave_id))) AS responses,
              (SELECT count(*)::int FROM pulse_wave w WHERE w.organisation_id = $1
                  AND NOT EXISTS (SELECT 1 FROM pulse_program g WHERE g.id = w.program_id))
            + (SELECT count(*)::int FROM action_plan a WHERE a.organisation_id = $1
                  AND NOT EXISTS (SELECT 1 FROM team t WHERE t.id = a.team_id)) AS others`,
      [orgId],
    );
    const o = orphans[0];
    if (o.signals + o.invitations + o.responses + o.others !== 0) {
      throw new Error(`internal: rows point at nothing (signals ${o.signals}, invitations ${o.invitations}, responses ${o.responses}, waves and plans ${o.others})`);
    }
  }

  await client.query(
    `INSERT INTO audit_event (organisation_id, action, subject, detail) VALUES ($1, 'organisation.seeded', $2, $3)`,
    [orgId, orgId, JSON.stringify({ slug: org.slug, people: people.length, teams: teams.length, today: org.today })],
  );
  return {
    organisationId: orgId,
    rows: { teams: teams.length, people: people.length, workModeChanges: modeRows, accounts: accounts.length, weeklySignals: signalRows, ...pulse },
  };
}

/**
 * Bulk-load mode for the signals and pulse COPY, as pg_restore --disable-triggers does: with
 * session_replication_role = replica PostgreSQL skips the per-row foreign-key trigger, which is
 * about half the cost of millions of rows. Used only when the role may set it (superuser, e.g. the
 * embedded database) and the bulk tables have no triggers of their own that would be skipped too; the
 * check is then made once, set-based, after the load. Otherwise rows are checked as usual.
 */
async function enterFastLoad(client: ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ own: number; can: boolean }>(
    `SELECT (SELECT count(*)::int FROM pg_trigger WHERE NOT tgisinternal
               AND tgrelid IN ('weekly_signal'::regclass, 'pulse_invitation'::regclass, 'pulse_response'::regclass)) AS own,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS can`,
  );
  if (rows[0].own > 0 || !rows[0].can) return false;
  await client.query('SAVEPOINT pulse_fast_load');
  try {
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query('RELEASE SAVEPOINT pulse_fast_load');
    return true;
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT pulse_fast_load');
    return false;
  }
}

/**
 * Time-ordered UUIDs in the version-7 layout (millisecond time, random bits, then a counter).
 * Consecutive ids land on the same index pages, so millions of COPY rows do not scatter over the
 * primary key and (person_id, week_start) indexes as random v4 ids would.
 */
export function uuidSequence(now = Date.now()): () => string {
  const ts = now.toString(16).padStart(12, '0');
  const rnd = randomBytes(4).toString('hex');
  const head = `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${rnd.slice(0, 3)}-${(8 + (parseInt(rnd[3], 16) & 3)).toString(16)}${rnd.slice(4, 7)}-`;
  let n = randomInt(0, 2 ** 40);
  return () => `${head}${(n++).toString(16).padStart(12, '0')}`;
}

