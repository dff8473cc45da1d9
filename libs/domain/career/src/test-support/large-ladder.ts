// A 30-level ladder shaped like the benchmark's: six tracks of five ranks, promotions up each track
// and across to the next track, lateral moves both ways between equal ranks of neighbouring tracks.
import type { LadderDefinition, Move } from '../ladder';
import { competency, level, move, SUPPORT_COMPETENCIES, track } from './ladder-fixtures';

export function thirtyLevelLadder(): LadderDefinition {
  const tracks = ['t1', 't2', 't3', 't4', 't5', 't6'];
  const levels = tracks.flatMap((t, ti) =>
    [1, 2, 3, 4, 5].map((rank) =>
      level(
        `${t}-r${rank}`,
        t,
        rank,
        Object.fromEntries(SUPPORT_COMPETENCIES.map((c, ci) => [c, Math.min(5, 1 + ((rank + ci + ti) % 5))])),
        { minMonths: 6 * rank, entry: rank === 1 },
      ),
    ),
  );
  const moves: Move[] = [];
  tracks.forEach((t, ti) => {
    for (let rank = 1; rank <= 5; rank++) {
      if (rank < 5) moves.push(move(`${t}-r${rank}`, `${t}-r${rank + 1}`));
      const next = tracks[ti + 1];
      if (next && rank < 5) moves.push(move(`${t}-r${rank}`, `${next}-r${rank + 1}`, 'PROMOTION', rank === 3 ? ['Cert'] : []));
      if (next) {
        moves.push(move(`${t}-r${rank}`, `${next}-r${rank}`, 'LATERAL'));
        moves.push(move(`${next}-r${rank}`, `${t}-r${rank}`, 'LATERAL'));
      }
    }
  });
  return { competencies: SUPPORT_COMPETENCIES.map((key) => competency(key)), tracks: tracks.map(track), levels, moves };
}
