import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { DomainError } from '../../common/errors/domain-error';
import { generateCode } from '../../common/ids';
import { Page } from '../../common/pagination/page';
import { Clock } from '../../common/time/clock';
import { escapeLike } from '../../database/like';
import { assertNoClearedRequired, givenFields } from '../../database/updates';
import { DemandList } from '../demand-lists/demand-list.entity';
import { IndustriesService } from '../industries/industries.service';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import { demandRecord, LedgerService } from '../ledger/ledger.service';
import { Organization, OrganizationType } from '../organizations/organization.entity';
import { Role } from '../users/user.entity';
import { assertFutureDeadline, assertReadable, isOwner } from './demand-access';
import { DEMAND_STATUS_CN, DemandStatus, EDITABLE_DEMAND_STATUSES, PUBLIC_DEMAND_STATUSES } from './demand-lifecycle';
import { Demand, DemandType } from './demand.entity';
import { DemandTransitionsService } from './demand-transitions.service';
import { CreateDemandInput, DemandFilterInput, DemandSortField, DemandSortInput, SortDirection, UpdateDemandInput } from './demands.dto';
import { text } from '../../common/i18n/text';

const codeTaken = (code: string) => DomainError.conflict(text(`需求编号 ${code} 已存在`, `A demand with code ${code} already exists`), { field: 'code' });

const SORT_COLUMNS: Record<DemandSortField, string> = {
  CREATED_AT: 'd.created_at',
  PUBLISHED_AT: 'd.published_at',
  DEADLINE: 'd.deadline',
  BUDGET: 'd.budget',
  TITLE: 'd.title',
  CODE: 'd.code',
};

/** Reading, creating and editing demands. Status changes are DemandTransitionsService's. */
@Injectable()
export class DemandsService {
  constructor(
    @InjectRepository(Demand) private readonly repo: Repository<Demand>,
    private readonly transactions: Transactions,
    private readonly industries: IndustriesService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly transitions: DemandTransitionsService,
  ) {}

  async getVisible(p: Principal | null, key: { id?: string; code?: string }): Promise<Demand> {
    if (!key.id && !key.code) throw DomainError.badInput('id', text('请提供需求的 id 或需求编号（code）', 'give the id or the code of the demand'));
    const demand = await this.repo.findOneBy(key.id ? { id: key.id } : { code: key.code });
    return assertReadable(p, demand, key.id ?? key.code ?? '');
  }

  async list(p: Principal | null, filter: DemandFilterInput, sort: DemandSortInput | undefined, page: Page): Promise<[Demand[], number]> {
    const qb = this.repo.createQueryBuilder('d');
    // Visibility first: nobody lists what they may not read.
    if (p?.role !== Role.ADMIN) {
      qb.where(
        new Brackets((w) => {
          w.where('d.status IN (:...publicStatuses)', { publicStatuses: PUBLIC_DEMAND_STATUSES });
          if (p?.role === Role.ENTERPRISE && p.organizationId) w.orWhere('d.organization_id = :ownOrg', { ownOrg: p.organizationId });
        }),
      );
    }
    if (filter.statuses?.length) qb.andWhere('d.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.listId) qb.andWhere('d.list_id = :listId', { listId: filter.listId });
    if (filter.list) {
      qb.andWhere('d.list_id IN (SELECT l.id FROM demand_list l WHERE l.name = :listName)', { listName: filter.list });
    }
    if (filter.organizationId) qb.andWhere('d.organization_id = :orgId', { orgId: filter.organizationId });
    if (filter.industry) {
      const industry = this.industries.resolve(filter.industry, 'filter.industry');
      qb.andWhere('d.industry_id IN (:...industryIds)', { industryIds: this.industries.withDescendants(industry.id) });
    }
    if (filter.region) qb.andWhere("d.region LIKE :region ESCAPE '\\'", { region: `%${escapeLike(filter.region)}%` });
    if (filter.text) {
      qb.andWhere(
        "(d.code LIKE :text ESCAPE '\\' OR d.title LIKE :text ESCAPE '\\' OR d.description LIKE :text ESCAPE '\\' OR d.keywords LIKE :text ESCAPE '\\')",
        { text: `%${escapeLike(filter.text)}%` },
      );
    }
    const direction = sort?.direction ?? SortDirection.DESC;
    qb.orderBy(SORT_COLUMNS[sort?.field ?? DemandSortField.CREATED_AT], direction, direction === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
      .addOrderBy('d.code', 'ASC')
      .take(page.limit)
      .skip(page.offset);
    return qb.getManyAndCount();
  }

  async create(p: Principal, input: CreateDemandInput): Promise<Demand> {
    const organizationId = this.organizationFor(p, input);
    const industry = this.industries.resolveActive(input.industry);
    assertFutureDeadline(input.deadline, this.clock.today());
    const now = this.clock.now();
    const created = await this.transactions.run(async (em) => {
      await this.assertReferences(em, organizationId, input);
      const code = input.code ?? generateCode('JB', now.getFullYear());
      if (await em.getRepository(Demand).existsBy({ code })) {
        throw codeTaken(code);
      }
      const repo = em.getRepository(Demand);
      const demand = await repo.save(
        repo.create({
          code,
          title: input.title.trim(),
          description: input.description.trim(),
          industryId: industry.id,
          region: input.region.trim(),
          type: input.type ?? DemandType.TECH_BREAKTHROUGH,
          acceptanceMode: input.acceptanceMode ?? null,
          indicators: input.indicators ?? null,
          indicatorsConfidential: input.indicatorsConfidential ?? false,
          keywords: input.keywords ?? [],
          budget: input.budget ?? null,
          deadline: input.deadline ?? null,
          requirements: input.requirements ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
          maxWinners: input.maxWinners ?? 1,
          awardedCount: 0,
          status: DemandStatus.DRAFT,
          organizationId,
          listId: input.listId ?? null,
          createdById: p.userId,
          publishedAt: null,
          takenAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.ledger.append(em, {
        actor: p,
        at: now,
        entityType: LedgerEntityType.DEMAND,
        entityId: demand.id,
        demandId: demand.id,
        organizationId,
        action: 'create',
        from: null,
        to: demand.status,
      });
      return demand;
    });
    await this.events.emit({ type: 'demands.changed', ids: [created.id] });
    return created;
  }

  /** The enterprise edits its own demand while DRAFT or SUBMITTED; an admin edits any demand. */
  async update(p: Principal, id: string, input: UpdateDemandInput): Promise<Demand> {
    assertNoClearedRequired(this.repo.metadata, input, { industry: 'industryId' });
    const industry = input.industry ? this.industries.resolveActive(input.industry) : undefined;
    assertFutureDeadline(input.deadline, this.clock.today());
    const updated = await this.transactions.run(async (em) => {
      const demand = assertReadable(p, await em.getRepository(Demand).findOneBy({ id }), id);
      if (p.role !== Role.ADMIN) {
        if (!isOwner(p, demand)) throw DomainError.forbidden(text('只有发榜单位可以编辑此需求', 'Only the enterprise that owns a demand may edit it'));
        if (!EDITABLE_DEMAND_STATUSES.includes(demand.status)) {
          throw DomainError.forbidden(text(`需求已处于“${DEMAND_STATUS_CN[demand.status]}”状态，发榜单位不能再编辑`, `A ${demand.status} demand can no longer be edited by its enterprise`));
        }
      }
      if (input.organizationId && input.organizationId !== demand.organizationId) {
        throw DomainError.badInput('organizationId', text('需求不能转到其他单位', 'a demand cannot move to another organization'));
      }
      if (input.maxWinners !== undefined && input.maxWinners < demand.awardedCount) {
        throw DomainError.badInput('maxWinners', text(`不能少于已授予的 ${demand.awardedCount} 个挂帅名额`, `cannot be below the ${demand.awardedCount} awards already made`));
      }
      await this.assertReferences(em, demand.organizationId, input);
      if (input.code && input.code !== demand.code && (await em.getRepository(Demand).existsBy({ code: input.code }))) {
        throw codeTaken(input.code);
      }
      const { industry: _name, organizationId: _org, ...fields } = input;
      const next = {
        ...demand,
        ...givenFields(fields),
        ...(industry ? { industryId: industry.id } : {}),
      };
      const changed = (Object.keys(next) as (keyof typeof next)[])
        .filter((k) => JSON.stringify(next[k]) !== JSON.stringify(demand[k]))
        .map((k) => (k === 'industryId' ? 'industry' : k))
        .sort();
      if (!changed.length) return demand;
      const now = this.clock.now();
      const saved = await em.getRepository(Demand).save({ ...next, updatedAt: now });
      await this.ledger.append(em, demandRecord(demand, { actor: p, at: now, action: 'update', from: demand.status, to: demand.status, note: `changed: ${changed.join(', ')}` }));
      // 赛马制 cut short: with as many awards as places, the demand is taken (the other bids close).
      if (saved.status === DemandStatus.PUBLISHED && saved.awardedCount > 0 && saved.awardedCount >= saved.maxWinners) {
        return this.transitions.apply(em, saved, 'take', p, ['SYSTEM']);
      }
      return saved;
    });
    await this.events.emit({ type: 'demands.changed', ids: [updated.id] });
    return updated;
  }

  /** An enterprise posts for its own organization; an admin names the organization. */
  private organizationFor(p: Principal, input: CreateDemandInput): string {
    if (p.role === Role.ADMIN) {
      if (!input.organizationId) throw DomainError.badInput('organizationId', text('管理员创建需求时必须指定发榜单位', 'an admin must name the enterprise of the demand'));
      return input.organizationId;
    }
    if (input.organizationId && input.organizationId !== p.organizationId) {
      throw DomainError.forbidden(text('只能为本单位发布需求', 'You may create demands only for your own organization'));
    }
    if (!p.organizationId) throw DomainError.forbidden(text('您的账户不属于任何企业', 'Your account belongs to no enterprise'));
    return p.organizationId;
  }

  private async assertReferences(em: EntityManager, organizationId: string, input: UpdateDemandInput): Promise<void> {
    const org = await em.getRepository(Organization).findOneBy({ id: organizationId });
    if (!org) throw DomainError.badInput('organizationId', text(`单位 ${organizationId} 不存在`, `no organization ${organizationId}`));
    if (org.type !== OrganizationType.ENTERPRISE) throw DomainError.badInput('organizationId', text(`${org.name} 不是企业`, `${org.name} is not an enterprise`));
    if (input.listId != null && !(await em.getRepository(DemandList).existsBy({ id: input.listId }))) {
      throw DomainError.badInput('listId', text(`榜单“${input.listId}”不存在`, `no demand list "${input.listId}"`));
    }
  }
}
