import type { ClientBase } from 'pg';
import { copy, escapeCopy } from './copy';
import type { GeneratedOrganisation } from './generate';

export type PulseRowCounts = { pulsePrograms: number; pulseWaves: number; pulseInvitations: number; pulseResponses: number; actionPlans: number };

/** Invitations per pair of COPY statements: bounds the response lines held while invitations stream. */
const INVITATIONS_PER_BATCH = 100_000;

/**
 * Progress units of the pulse history, known before anything is generated: each invitation counts
 * twice (once when written, once when its response, if any, is written).
 */
export function pulseProgressUnits(org: GeneratedOrganisation): number {
  const { programs, waves, actionPlans } = org.pulse();
  return programs.length + waves.length + actionPlans.length + 2 * waves.reduce((n, w) => n + w.invited, 0);
}

/**
 * Writes the pulse history with COPY, waves in batches of about 100k invitations: the invitations
 * of a batch stream out as they are generated, and the responses generated alongside (about 40 MB
 * at most) follow in a second COPY. Rollups and alerts are left to the API, which derives them.
 */
export async function writePulseHistory(
  client: ClientBase,
  org: GeneratedOrganisation,
  ids: { orgId: string; teamIds: readonly string[]; personIds: readonly string[]; nextId: () => string },
  advance: (n: number) => void,
): Promise<PulseRowCounts> {
  const { orgId, teamIds, personIds, nextId } = ids;
  const history = org.pulse();
  const iso = (ms: number) => new Date(ms).toISOString();

  const programIds = history.programs.map(() => nextId());
  await copy(
    client,
    `COPY pulse_program (id, organisation_id, name, status, cadence, items_per_pulse, item_ids, window_hours,
       reminder_hours_before_close, starts_on) FROM STDIN`,
    function* () {
      for (let i = 0; i < history.programs.length; i++) {
        const p = history.programs[i];
        yield `${programIds[i]}\t${orgId}\t${escapeCopy(p.name)}\t${p.status}\t${p.cadence}\t${p.itemsPerPulse}\t{${p.itemIds.join(',')}}\t${p.windowHours}\t${p.reminderHoursBeforeClose ?? '\\N'}\t${p.startsOn}\n`;
      }
    },
    advance,
  );

  const waveIds = history.waves.map(() => nextId());
  // Every wave records the k it opened with, as the scheduler does: here the organisation's setting.
  const [{ confidentiality_k: k }] = (await client.query<{ confidentiality_k: number }>(`SELECT confidentiality_k FROM organisation WHERE id = $1`, [orgId])).rows;
  await copy(
    client,
    `COPY pulse_wave (id, organisation_id, program_id, sequence, period_start, item_ids, status, opened_at, closes_at, closed_at, confidentiality_k) FROM STDIN`,
    function* () {
      for (let i = 0; i < history.waves.length; i++) {
        const w = history.waves[i];
        yield `${waveIds[i]}\t${orgId}\t${programIds[w.program]}\t${w.sequence}\t${w.periodStart}\t{${w.itemIds.join(',')}}\t${w.status}\t${iso(w.openedAt)}\t${iso(w.closesAt)}\t${w.closedAt === null ? '\\N' : iso(w.closedAt)}\t${k}\n`;
      }
    },
    advance,
  );

  // Snapshot arrays, written once per team: the team and its ancestors, nearest first.
  const teamArrays = org.teams.map((_, t) => {
    const chain: string[] = [];
    for (let x: number | null = t; x !== null; x = org.teams[x].parent) chain.push(teamIds[x]);
    return `{${chain.join(',')}}`;
  });
  // Responses with the same answers share one scores object (see the generator): serialise it once.
  const scoreJson = new WeakMap<object, string>();
  const levels = new Map<string, string>();
  const levelText = (level: string) => levels.get(level) ?? levels.set(level, escapeCopy(level)).get(level)!;

  let invitations = 0;
  let responses = 0;
  for (let from = 0; from < history.waves.length; ) {
    let to = from;
    for (let n = 0; to < history.waves.length && (n === 0 || n + history.waves[to].invited <= INVITATIONS_PER_BATCH); to++) n += history.waves[to].invited;
    const [lo, hi] = [from, to];
    const responseText: string[] = [];
    let pending = '';
    let pendingUnits = 0;
    await copy(
      client,
      `COPY pulse_invitation (wave_id, person_id, organisation_id, opens_at, closes_at, reminded_at, team_ids, work_mode, tenure_band) FROM STDIN`,
      function* () {
        for (let w = lo; w < hi; w++) {
          const waveId = waveIds[w];
          for (const e of history.entriesOf(w)) {
            invitations++;
            const personId = personIds[e.person];
            const teamsText = teamArrays[org.people[e.person].team];
            yield `${waveId}\t${personId}\t${orgId}\t${iso(e.opensAt)}\t${iso(e.closesAt)}\t${e.remindedAt === null ? '\\N' : iso(e.remindedAt)}\t${teamsText}\t${e.workMode}\t${e.tenureBand}\n`;
            pendingUnits++;
            const r = e.response;
            if (r === null) continue;
            responses++;
            let scores = scoreJson.get(r.scores);
            if (scores === undefined) {
              scores = JSON.stringify(r.scores);
              scoreJson.set(r.scores, scores);
            }
            const at = iso(r.submittedAt);
            pending += `${nextId()}\t${orgId}\t${waveId}\t${personId}\t${JSON.stringify(r.answers)}\t${scores}\t${r.comment === null ? '\\N' : escapeCopy(r.comment)}\t${teamsText}\t${e.workMode}\t${e.tenureBand}\t${levelText(e.level)}\t${at}\t${at}\n`;
            if (pending.length >= 64 * 1024) {
              responseText.push(pending);
              pending = '';
            }
          }
        }
      },
      advance,
    );
    if (pending.length > 0 || pendingUnits > 0) responseText.push(pending);
    await copy(
      client,
      `COPY pulse_response (id, organisation_id, wave_id, person_id, answers, scores, comment, team_ids, work_mode, tenure_band, level,
         created_at, submitted_at) FROM STDIN`,
      function* () {
        // Progress: every invitation of the batch once more, spread over the response chunks.
        const per = Math.floor(pendingUnits / responseText.length);
        for (let k = 0; k < responseText.length; k++) {
          const text = responseText[k];
          responseText[k] = '';
          yield { text, units: k === responseText.length - 1 ? pendingUnits - per * k : per };
        }
      },
      advance,
    );
    from = to;
  }

  if (history.actionPlans.length > 0) {
    const owners = [...new Set(history.actionPlans.map((a) => personIds[a.owner]))];
    const { rows } = await client.query<{ person_id: string; id: string }>(`SELECT person_id, id FROM account WHERE person_id = ANY($1::uuid[])`, [owners]);
    const accountOf = new Map(rows.map((r) => [r.person_id, r.id]));
    await copy(
      client,
      `COPY action_plan (id, organisation_id, team_id, program_id, title, owner_person_id, due_on, measure, status, created_by_account_id,
         created_at, updated_at) FROM STDIN`,
      function* () {
        for (const a of history.actionPlans) {
          const owner = personIds[a.owner];
          yield `${nextId()}\t${orgId}\t${teamIds[a.team]}\t${programIds[a.program]}\t${escapeCopy(a.title)}\t${owner}\t${a.dueOn}\t${a.measure}\t${a.status}\t${accountOf.get(owner)}\t${iso(a.createdAt)}\t${iso(a.createdAt)}\n`;
        }
      },
      advance,
    );
  }
  return {
    pulsePrograms: history.programs.length,
    pulseWaves: history.waves.length,
    pulseInvitations: invitations,
    pulseResponses: responses,
    actionPlans: history.actionPlans.length,
  };
}
