import { Extensions } from '@nestjs/graphql';
import type { CostExtension } from './query-cost';

/**
 * What a field costs in the per-operation budget (see query-cost.ts). Ranking and statistics
 * fields carry the time measured for one call on the seeds, at about 0.02 ms a unit.
 */
export const Cost = (extension: CostExtension) => Extensions({ ...extension });
