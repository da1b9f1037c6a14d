import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Repository } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { parseWanYuan } from '../../common/scalars/wan-yuan.scalar';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { BidsService } from '../bids/bids.service';
import { DemandListsService } from '../demand-lists/demand-lists.service';
import { DemandTransitionsService } from '../demands/demand-transitions.service';
import { Demand } from '../demands/demand.entity';
import { DemandsService } from '../demands/demands.service';
import { OrganizationType } from '../organizations/organization.entity';
import { Role, User } from '../users/user.entity';
import { toPrincipal, UsersService } from '../users/users.service';

/** The directory of committed seed files, the same from src/ (tests) and dist/ (runtime). */
export const SEEDS_DIR = join(__dirname, '..', '..', '..', 'seeds');

interface DemoFile {
  password: string;
  accounts: { email: string; name: string; role: Role; organizationName?: string; organizationType?: OrganizationType; creditCode?: string; region?: string }[];
  list: { name: string; issuer: string; region: string; year: number };
  demands: {
    title: string;
    description: string;
    industry: string;
    region: string;
    keywords: string[];
    indicators: string;
    budget: number;
    maxWinners: number;
    flow: 'draft' | 'published' | 'bidding' | 'taken';
  }[];
}

/**
 * Loads the demo data into an empty database through the same services the API uses, so seeded
 * records carry real histories. Demo accounts are never created in production.
 */
@Injectable()
export class SeedingService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedingService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Demand) private readonly demandRepo: Repository<Demand>,
    private readonly users: UsersService,
    private readonly lists: DemandListsService,
    private readonly demands: DemandsService,
    private readonly transitions: DemandTransitionsService,
    private readonly bids: BidsService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seed || this.config.production) return;
    if (await this.demandRepo.exists()) return;
    await this.seedDemo();
  }

  async seedDemo(): Promise<void> {
    const demo = JSON.parse(readFileSync(join(SEEDS_DIR, 'demo.json'), 'utf8')) as DemoFile;
    const byRole = new Map<Role, Principal[]>();
    for (const account of demo.accounts) {
      const user: User = (await this.users.findByEmail(account.email)) ?? (await this.users.createAccount({ ...account, password: demo.password }));
      byRole.set(user.role, [...(byRole.get(user.role) ?? []), toPrincipal(user)]);
    }
    const [admin] = byRole.get(Role.ADMIN) ?? [];
    const [enterprise] = byRole.get(Role.ENTERPRISE) ?? [];
    const researchers = byRole.get(Role.RESEARCHER) ?? [];
    const list = await this.lists.create(demo.list);
    const deadline = new Date(this.clock.now().getTime() + 90 * 86_400_000).toISOString().slice(0, 10);
    for (const spec of demo.demands) {
      const { flow, ...input } = spec;
      // Seed files speak 万元 like the API; services take whole yuan.
      const budget = parseWanYuan(spec.budget);
      let demand = await this.demands.create(enterprise, { ...input, budget, listId: list.id, deadline });
      if (flow === 'draft') continue;
      demand = await this.transitions.move(enterprise, demand.id, 'submit');
      demand = await this.transitions.move(admin, demand.id, 'approve');
      if (flow === 'published') continue;
      const placed = [];
      for (const researcher of researchers) {
        placed.push(
          await this.bids.submit(researcher, {
            demandId: demand.id,
            proposal: `针对“${demand.title}”，团队拟从机理分析、工艺优化和中试验证三个阶段开展攻关。`,
            quote: Math.round(budget * 0.9),
            durationMonths: 18,
            teamMembers: ['项目负责人', '工艺工程师', '测试工程师'],
          }),
        );
      }
      if (flow === 'taken') await this.bids.award(enterprise, placed[0].id);
    }
    this.logger.log(`Seeded demo data: ${demo.accounts.length} accounts, ${demo.demands.length} demands (password in README)`);
  }
}
