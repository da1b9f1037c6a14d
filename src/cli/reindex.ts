import { MatchingIndexService } from '../modules/matching/index/matching-index.service';
import { MatchingModule } from '../modules/matching/matching.module';
import { runCli } from './cli-context';
import { createProgress } from './progress';

// npm run reindex: builds the search index from the configured database and reports it. The index
// lives in each server process: a server rebuilds it at start-up, and on the admin mutation
// rebuildSearchIndex; this command checks that the whole database indexes, and how fast.
void runCli([MatchingModule], async (app) => {
  const progress = createProgress('索引');
  const { talents, demands, ms } = await app.get(MatchingIndexService).rebuild(progress.update).finally(() => progress.stop());
  console.log(`Indexed ${talents} talents and ${demands} demands in ${ms} ms (heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB)`);
});
