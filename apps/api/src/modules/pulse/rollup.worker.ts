import { parentPort } from 'node:worker_threads';
import { rollupWave, type RollupInvitations, type RollupResponse } from '@pulse/domain-pulse';

/**
 * Runs the pure wave rollup (aggregates + organisation-wide suppression) off the API's event loop:
 * for a whole organisation's wave it is seconds of CPU, which must not stall answering requests.
 */
parentPort?.on('message', (m: { id: number; k: number; responses: RollupResponse[]; invitations: RollupInvitations[] }) => {
  try {
    parentPort!.postMessage({ id: m.id, cells: rollupWave(m.k, m.responses, m.invitations) });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: (e as Error).message });
  }
});
