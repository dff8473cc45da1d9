import { parentPort } from 'node:worker_threads';
import { rollupRollingWave, type RespondentHistory, type RollupInvitations } from '@pulse/domain-pulse';

/**
 * Runs the pure wave rollup (rolling scores, aggregates, organisation-wide suppression) off the API's event loop:
 * for a whole organisation's wave it is seconds of CPU, which must not stall answering requests.
 */
parentPort?.on('message', (m: { id: number; k: number; respondents: RespondentHistory[]; invitations: RollupInvitations[]; cycleLength: number }) => {
  try {
    parentPort!.postMessage({ id: m.id, cells: rollupRollingWave(m.k, m.respondents, m.invitations, m.cycleLength) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).message });
  }
});
