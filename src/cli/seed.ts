import { SeedingModule } from '../modules/seeding/seeding.module';
import { SeedingService } from '../modules/seeding/seeding.service';
import { runCli } from './cli-context';
import { createProgress } from './progress';

// npm run seed: load seeds/ into the configured database; safe to run again (upserts).
// SEED=false keeps start-up seeding out of the way so this command does the work and reports it.
process.env.SEED = 'false';
void runCli([SeedingModule], async (app) => {
  const progress = createProgress('种子数据');
  const s = await app.get(SeedingService).seed(progress.update).finally(() => progress.stop());
  console.log(`Seeded: ${s.talents} talents and ${s.demands} demands created, ${s.bids} bids, ${s.accounts} demo accounts (${s.ms} ms)`);
});
