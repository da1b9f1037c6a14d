import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions';
import type { OnProgress } from '../../common/progress/progress';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { DemandImportService } from '../data-import/demand-import.service';
import { TalentImportService } from '../data-import/talent-import.service';
import { DemandList } from '../demand-lists/demand-list.entity';
import { DemandListsService } from '../demand-lists/demand-lists.service';
import { Demand } from '../demands/demand.entity';
import { PasswordHasher } from '../auth/password-hasher';
import { LedgerService } from '../ledger/ledger.service';
import { OrganizationType } from '../organizations/organization.entity';
import { Role } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { loadSeedBids } from './seed-bids';

/** The directory of committed seed files, the same from src/ (tests) and dist/ (runtime). */
export const SEEDS_DIR = join(__dirname, '..', '..', '..', 'seeds');

interface SeedManifest {
  talents: string;
  bids: string;
  lists: { name: string; issuer: string; region: string; year: number; description: string; file: string }[];
  demoPassword: string;
  demoAccounts: {
    email: string;
    name: string;
    role: Role;
    organizationName?: string;
    organizationType?: OrganizationType;
    region?: string;
    joinOrganizationOfDemand?: string;
  }[];
}

export interface SeedSummary {
  talents: number;
  demands: number;
  bids: number;
  accounts: number;
  ms: number;
}

/**
 * Loads the committed seed files (seeds/lists.json names them) through the real import path:
 * the talent roster, each demand list with its history, the competing bids, and, outside
 * production, one demo account per role. Every step is an upsert, so seeding twice changes nothing.
 */
@Injectable()
export class SeedingService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedingService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Demand) private readonly demandRepo: Repository<Demand>,
    @InjectRepository(DemandList) private readonly listRepo: Repository<DemandList>,
    private readonly lists: DemandListsService,
    private readonly demandImport: DemandImportService,
    private readonly talentImport: TalentImportService,
    private readonly users: UsersService,
    private readonly transactions: Transactions,
    private readonly ledger: LedgerService,
    private readonly hasher: PasswordHasher,
  ) {}

  /** On start-up, an empty database gets the seeds, and a seed cut short (the server was killed) is completed. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seed) return;
    const [last] = await this.sql().select('r.finished_at', 'finishedAt').from('seed_run', 'r').orderBy('r.started_at', 'DESC').limit(1).getRawMany<{ finishedAt: string | null }>();
    if (last ? last.finishedAt === null : !(await this.demandRepo.exists())) await this.seed();
  }

  /** `onProgress`: the rows of each seed file as they are written, the file as the phase. */
  async seed(onProgress?: OnProgress): Promise<SeedSummary> {
    const started = Date.now();
    const manifest = JSON.parse(readFileSync(join(SEEDS_DIR, 'lists.json'), 'utf8')) as SeedManifest;
    const file = (name: string) => readFileSync(join(SEEDS_DIR, 'data', name));
    const summary: SeedSummary = { talents: 0, demands: 0, bids: 0, accounts: 0, ms: 0 };
    const run = randomUUID();
    await this.sql().insert().into('seed_run').values({ id: run, started_at: new Date(started).toISOString(), finished_at: null }).execute();
    const progress = (phase: string) => onProgress && ((done: number, total: number) => onProgress(done, total, phase));
    summary.talents = (await this.talentImport.import(manifest.talents, file(manifest.talents), null, { onProgress: progress(manifest.talents) })).created;
    for (const list of manifest.lists) {
      if (!(await this.listRepo.existsBy({ name: list.name }))) await this.lists.create(list);
      summary.demands += (await this.demandImport.import(list.file, file(list.file), null, { list: list.name, onProgress: progress(list.file) })).created;
    }
    summary.bids = await this.transactions.run(async (em) => {
      const { bids, ledger } = await loadSeedBids(em, manifest.bids, file(manifest.bids));
      await this.ledger.appendHistory(em, ledger);
      return bids.length;
    });
    if (!this.config.production) summary.accounts = await this.demoAccounts(manifest);
    summary.ms = Date.now() - started;
    await this.sql().update('seed_run').set({ finished_at: new Date().toISOString() }).where('id = :run', { run }).execute();
    this.logger.log(
      `Seeded ${summary.talents} talents, ${summary.demands} demands, ${summary.bids} competing bids, ${summary.accounts} demo accounts in ${summary.ms} ms`,
    );
    return summary;
  }

  private sql() {
    return this.demandRepo.manager.createQueryBuilder();
  }

  private async demoAccounts(manifest: SeedManifest): Promise<number> {
    let created = 0;
    // One hash for the shared demo password: each costs ~0.4 s at OWASP's scrypt parameters.
    let passwordHash: Promise<string> | undefined;
    for (const { joinOrganizationOfDemand, ...account } of manifest.demoAccounts) {
      if (await this.users.findByEmail(account.email)) continue;
      const organizationId = joinOrganizationOfDemand
        ? (await this.demandRepo.findOneByOrFail({ code: joinOrganizationOfDemand })).organizationId
        : undefined;
      passwordHash ??= this.hasher.hash(manifest.demoPassword);
      await this.users.createAccount({ ...account, organizationId, password: manifest.demoPassword }, await passwordHash);
      created++;
    }
    return created;
  }
}
