import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import type { Principal } from '../../common/auth/principal';
import { groupBy } from '../../common/dataloader/request-loaders';
import { DomainError } from '../../common/errors/domain-error';
import { Page } from '../../common/pagination/page';
import { Role } from '../users/user.entity';
import { LedgerEntityType, LedgerEntry } from './ledger-entry.entity';
import { text } from '../../common/i18n/text';

export const LEDGER_FORBIDDEN = text('只有管理员和本企业成员可以查看企业台账', 'Only admins and members of the enterprise may read its ledger');

export interface LedgerRecord {
  actor: Principal | null;
  at: Date;
  entityType: LedgerEntityType;
  entityId: string;
  demandId: string | null;
  organizationId: string | null;
  action: string;
  from: string | null;
  to: string;
  note?: string | null;
}

/** An entry about a demand, or about something of it (a milestone): 一企一台账 files it under the demand's enterprise. */
export function demandRecord(
  demand: { id: string; organizationId: string },
  entry: Pick<LedgerRecord, 'actor' | 'at' | 'action' | 'from' | 'to' | 'note'> & Partial<Pick<LedgerRecord, 'entityType' | 'entityId'>>,
): LedgerRecord {
  return { entityType: LedgerEntityType.DEMAND, entityId: demand.id, ...entry, demandId: demand.id, organizationId: demand.organizationId };
}

/** 台账: append-only. There is deliberately no update or delete here. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectRepository(LedgerEntry) private readonly repo: Repository<LedgerEntry>,
    private readonly transactions: Transactions,
    private readonly events: DomainEvents,
  ) {}

  /** Appends entries inside the transaction that makes the change they record; once committed they become notifications. */
  async append(em: EntityManager, ...records: LedgerRecord[]): Promise<void> {
    if (!records.length) return;
    await this.transactions.afterCommit(em, () => this.events.emit({ type: 'ledger.appended', entries: records }));
    await this.appendHistory(em, records);
  }

  /** Appends entries that record what happened elsewhere (imports, seeds): kept, but news to nobody. */
  async appendHistory(em: EntityManager, records: LedgerRecord[]): Promise<void> {
    const rows = records.map(({ actor, note, ...r }) => ({ ...r, actorId: actor?.userId ?? null, note: note ?? null }));
    // Chunked so a bulk change stays under SQLite's bound-parameter limit.
    for (let i = 0; i < rows.length; i += 500) {
      await em.createQueryBuilder().insert().into(LedgerEntry).values(rows.slice(i, i + 500)).execute();
    }
  }

  /** Histories of many entities at once, oldest first (for a DataLoader). */
  async historiesOf(entityType: LedgerEntityType, ids: readonly string[]): Promise<LedgerEntry[][]> {
    const rows = await this.repo.find({ where: { entityType, entityId: In([...ids]) }, order: { id: 'ASC' } });
    return groupBy(ids, rows, (r) => r.entityId);
  }

  /** 一企一台账: the entries of one enterprise's demands and the bids on them (or of one demand), oldest first. */
  async forOrganization(actor: Principal, organizationId: string, page: Page, demandId?: string): Promise<LedgerEntry[]> {
    if (actor.role !== Role.ADMIN && !(actor.role === Role.ENTERPRISE && actor.organizationId === organizationId)) {
      throw DomainError.forbidden(LEDGER_FORBIDDEN);
    }
    return this.repo.find({ where: demandId ? { organizationId, demandId } : { organizationId }, order: { id: 'ASC' }, take: page.limit, skip: page.offset });
  }
}
