import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { Clock } from '../../common/time/clock';
import { LedgerService } from '../ledger/ledger.service';
import { IndustriesService } from './industries.service';
import { Industry } from './industry.entity';
import { NewIndustry, TaxonomyDraft } from './taxonomy-draft';

/**
 * Admins' changes to the taxonomy. Each runs in one transaction with its ledger entries; once
 * committed the in-memory taxonomy is reloaded, then the moved demands and talents are announced
 * so the search index and cached answers follow.
 */
@Injectable()
export class TaxonomyService {
  constructor(
    private readonly transactions: Transactions,
    private readonly industries: IndustriesService,
    private readonly ledger: LedgerService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  add(actor: Principal, input: NewIndustry): Promise<Industry> {
    return this.change(actor, async (t) => t.add(input, '新增产业'));
  }

  addAliases(actor: Principal, id: string, aliases: string[]): Promise<Industry> {
    return this.change(actor, async (t) => {
      const industry = t.get(id);
      t.addAliases(industry, aliases);
      return industry;
    });
  }

  removeAliases(actor: Principal, id: string, aliases: string[]): Promise<Industry> {
    return this.change(actor, async (t) => {
      const industry = t.get(id);
      t.removeAliases(industry, aliases);
      return industry;
    });
  }

  rename(actor: Principal, id: string, name: string, keepOldName: boolean): Promise<Industry> {
    return this.change(actor, async (t) => {
      const industry = t.get(id);
      await t.rename(industry, name, keepOldName);
      return industry;
    });
  }

  move(actor: Principal, id: string, parent: string | null): Promise<Industry> {
    return this.change(actor, async (t) => {
      const industry = t.get(id);
      t.move(industry, parent ? t.parent(parent) : null);
      return industry;
    });
  }

  merge(actor: Principal, id: string, intoId: string): Promise<Industry> {
    return this.change(actor, async (t) => {
      const into = t.get(intoId, 'intoId');
      await t.merge(t.get(id), into);
      return into;
    });
  }

  retire(actor: Principal, id: string): Promise<Industry> {
    return this.change(actor, async (t) => {
      const industry = t.get(id);
      t.retire(industry);
      return industry;
    });
  }

  /** Runs `work` on the taxonomy in a transaction of its own; the industry it returns is read back after the reload. */
  async change<T>(actor: Principal | null, work: (t: TaxonomyDraft) => Promise<T>): Promise<T> {
    let draft!: TaxonomyDraft;
    const result = await this.transactions.run(async (em) => {
      draft = await TaxonomyDraft.load(em, actor, this.clock.now());
      const out = await work(draft);
      await this.write(em, draft);
      return out;
    });
    await this.committed(draft);
    return result instanceof Industry ? ((this.industries.byId(result.id) ?? result) as T) : result;
  }

  /** Writes a draft's rows and ledger entries in the caller's transaction (an import's, say). */
  async write(em: EntityManager, draft: TaxonomyDraft): Promise<void> {
    await draft.save();
    await this.ledger.appendHistory(em, draft.entries);
  }

  /** After the commit: the new taxonomy first, then what moved with it. */
  async committed(draft: TaxonomyDraft): Promise<void> {
    if (!draft.changed.length) return;
    await this.industries.reload();
    await this.events.emit({ type: 'industries.changed', ids: draft.changed.map((i) => i.id) });
    await this.events.emit({ type: 'demands.changed', ids: [...draft.demandIds] });
    await this.events.emit({ type: 'talents.changed', ids: [...draft.talentIds] });
  }
}
