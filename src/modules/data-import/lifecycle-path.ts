import { demandLifecycle, DemandMove, DemandStatus } from '../demands/demand-lifecycle';

/**
 * The moves of the demand lifecycle table that lead from one status to another, shortest first,
 * ignoring who may make them: an imported history must still be a path the table allows.
 */
export function lifecyclePath(from: DemandStatus, to: DemandStatus): DemandMove[] | null {
  const queue: [DemandStatus, DemandMove[]][] = [[from, []]];
  const seen = new Set([from]);
  for (let i = 0; i < queue.length; i++) {
    const [status, path] = queue[i];
    if (status === to) return path;
    for (const move of demandLifecycle.movesFrom(status)) {
      const next = demandLifecycle.moves[move].to;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([next, [...path, move]]);
      }
    }
  }
  return null;
}
