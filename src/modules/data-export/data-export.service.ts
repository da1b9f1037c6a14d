import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import type { OnProgress } from '../../common/progress/progress';
import { chinaDay } from '../../common/time/china-dates';
import { formatWanYuan } from '../../common/scalars/wan-yuan.scalar';
import { findIn } from '../../database/batch';
import { BidStatus } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { DemandList } from '../demand-lists/demand-list.entity';
import { DemandStatus } from '../demands/demand-lifecycle';
import { Demand } from '../demands/demand.entity';
import { IndustriesService } from '../industries/industries.service';
import { Organization } from '../organizations/organization.entity';
import { Talent } from '../talents/talent.entity';
import {
  DEMAND_COLUMNS,
  DEMAND_STATUS_LABELS,
  DEMAND_TYPE_LABELS,
  INSTITUTION_TYPE_LABELS,
  TALENT_COLUMNS,
  TALENT_LEVEL_LABELS,
  ImportKind,
  toLabel,
} from '../data-import/contract';
import { ExportFormat, writeTable } from './table-writer';
import { text } from '../../common/i18n/text';

export interface ExportOptions {
  list?: string;
  status?: string;
  /** Rows made ready so far, for a progress display. */
  onProgress?: OnProgress;
}

/** The day (in China) of an instant, as files write dates. */
const day = (d: Date | null) => (d ? chinaDay(d) : '');
const money = (yuan: number | null) => (yuan == null ? '' : String(formatWanYuan(yuan)));
const list = (items: string[]) => items.join('；');

/** Demands and talents out, in the data contract's columns, so that an export imports back unchanged. */
@Injectable()
export class DataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly industries: IndustriesService,
  ) {}

  async export(kind: ImportKind, format: ExportFormat, options: ExportOptions = {}): Promise<Buffer> {
    return kind === 'demands'
      ? writeTable(format, DEMAND_COLUMNS, await this.demandRows(options), '需求')
      : writeTable(format, TALENT_COLUMNS, await this.talentRows(options), '人才');
  }

  private async demandRows(options: ExportOptions): Promise<Record<string, string>[]> {
    const em = this.dataSource.manager;
    // Only what a list file can say: published demands and their later statuses (no drafts).
    const where: Record<string, unknown> = { status: In(Object.values(DEMAND_STATUS_LABELS)) };
    if (options.status) {
      const status = (DEMAND_STATUS_LABELS as Record<string, string>)[options.status] ?? options.status.toUpperCase();
      if (!Object.values(DemandStatus).includes(status as DemandStatus)) throw DomainError.badInput('status', text(`未知状态“${options.status}”`, `unknown status "${options.status}"`));
      where.status = status;
    }
    if (options.list) {
      const found = await em.getRepository(DemandList).findOneBy({ name: options.list });
      if (!found) throw DomainError.badInput('list', text(`没有名为“${options.list}”的榜单`, `no demand list named ${options.list}`));
      where.listId = found.id;
    }
    const demands = await em.getRepository(Demand).find({ where, order: { code: 'ASC' } });
    const ids = demands.map((d) => d.id);
    const orgs = new Map((await findIn(em, Organization, 'id', demands.map((d) => d.organizationId))).map((o) => [o.id, o]));
    const lists = new Map((await findIn(em, DemandList, 'id', demands.flatMap((d) => (d.listId ? [d.listId] : [])))).map((l) => [l.id, l]));
    const awarded = (await findIn(em, Bid, 'demandId', ids)).filter((b) => b.status === BidStatus.AWARDED);
    const talents = new Map((await findIn(em, Talent, 'id', awarded.map((b) => b.talentId))).map((t) => [t.id, t.code]));
    const winners = new Map<string, string[]>();
    for (const b of awarded) winners.set(b.demandId, [...(winners.get(b.demandId) ?? []), talents.get(b.talentId) ?? '']);
    return demands.map((d, i) => {
      options.onProgress?.(i + 1, demands.length);
      const org = orgs.get(d.organizationId);
      return {
        code: d.code,
        list: d.listId ? (lists.get(d.listId)?.name ?? '') : '',
        title: d.title,
        organization: org?.name ?? '',
        creditCode: org?.creditCode ?? '',
        region: d.region,
        industry: this.industries.byId(d.industryId)?.name ?? '',
        type: toLabel(DEMAND_TYPE_LABELS, d.type),
        description: d.description,
        indicators: d.indicators ?? '',
        keywords: list(d.keywords),
        budget: money(d.budget),
        deadline: d.deadline ?? '',
        requirements: d.requirements ?? '',
        publishedAt: day(d.publishedAt),
        status: toLabel(DEMAND_STATUS_LABELS, d.status),
        winner: list((winners.get(d.id) ?? []).sort()),
        takenAt: day(d.takenAt),
        contactName: d.contactName ?? '',
        contactPhone: d.contactPhone ?? '',
      };
    });
  }

  private async talentRows(options: ExportOptions): Promise<Record<string, string>[]> {
    const talents = await this.dataSource.getRepository(Talent).find({ order: { code: 'ASC' } });
    return talents.map((t, i) => {
      options.onProgress?.(i + 1, talents.length);
      return {
        code: t.code,
        name: t.name,
        title: t.title ?? '',
        level: toLabel(TALENT_LEVEL_LABELS, t.level),
        institution: t.institution,
        institutionType: toLabel(INSTITUTION_TYPE_LABELS, t.institutionType),
        region: t.region,
        industries: list(t.industries),
        fields: list(t.fields),
        keywords: list(t.keywords),
        achievements: t.achievements ?? '',
        bio: t.bio ?? '',
        remoteOk: t.remoteOk ? '是' : '否',
      };
    });
  }
}

