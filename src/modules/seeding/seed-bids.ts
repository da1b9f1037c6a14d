import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { chinaDayStart as dayStart } from '../../common/time/china-dates';
import { importLimits } from '../../config/app-config';
import { findIn, insertMany } from '../../database/batch';
import { BidStatus } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { Demand } from '../demands/demand.entity';
import { ContractColumn } from '../data-import/contract';
import { ImportProblem, importRejected } from '../data-import/import-problems';
import { RowReader } from '../data-import/row-reader';
import { readTable } from '../data-import/table-reader';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import { LedgerRecord } from '../ledger/ledger.service';
import { Talent } from '../talents/talent.entity';

/** Competing bids of the historical lists: not part of the data contract, a seed file of its own. */
const BID_COLUMNS: ContractColumn[] = [
  { header: '需求编号', key: 'demand', required: true },
  { header: '人才编号', key: 'talent', required: true },
  { header: '报价(万元)', key: 'quote', required: true },
  { header: '工期(月)', key: 'months', required: true },
  { header: '提交日期', key: 'date', required: true },
  { header: '状态', key: 'status', required: true },
];
const STATUS = { 已提交: BidStatus.SUBMITTED, 未入选: BidStatus.NOT_SELECTED };

/** Inserts the bids not yet there (idempotent), each with its ledger history. Returns how many were added. */
export async function loadSeedBids(em: EntityManager, file: string, data: Buffer): Promise<{ bids: Bid[]; ledger: LedgerRecord[] }> {
  // A file of the repository: the default limits.
  const table = await readTable(file, data, BID_COLUMNS, importLimits({}));
  const problems: ImportProblem[] = [...table.problems];
  const columns = new Map(BID_COLUMNS.map((c) => [c.key, c]));
  const rows = table.rows.map((row) => {
    const r = new RowReader(file, row, columns, problems);
    return {
      demand: r.text('demand') ?? '',
      talent: r.text('talent') ?? '',
      quote: r.money('quote') ?? 0,
      months: Number(r.text('months')) || 12,
      date: r.date('date') ?? '',
      status: r.label('status', STATUS, BidStatus.SUBMITTED),
    };
  });
  if (problems.length) throw importRejected(file, problems);
  const demands = new Map((await findIn(em, Demand, 'code', rows.map((r) => r.demand))).map((d) => [d.code, d]));
  const talents = new Map((await findIn(em, Talent, 'code', rows.map((r) => r.talent))).map((t) => [t.code, t]));
  const existing = new Set((await findIn(em, Bid, 'demandId', [...demands.values()].map((d) => d.id))).map((b) => `${b.demandId}|${b.talentId}`));
  const bids: Bid[] = [];
  const ledger: LedgerRecord[] = [];
  for (const r of rows) {
    const demand = demands.get(r.demand);
    const talent = talents.get(r.talent);
    if (!demand || !talent || existing.has(`${demand.id}|${talent.id}`)) continue;
    existing.add(`${demand.id}|${talent.id}`);
    const at = dayStart(r.date);
    const bid = Object.assign(new Bid(), {
      id: randomUUID(),
      demandId: demand.id,
      talentId: talent.id,
      bidderId: null,
      status: r.status,
      proposal: `（历史竞标记录）${talent.name}团队针对“${demand.title}”提交的揭榜方案。`,
      quote: r.quote,
      durationMonths: r.months,
      teamMembers: [talent.name],
      createdAt: at,
      updatedAt: at,
    });
    bids.push(bid);
    const entry = { actor: null, entityType: LedgerEntityType.BID, entityId: bid.id, demandId: demand.id, organizationId: demand.organizationId, note: file };
    ledger.push({ ...entry, at, action: 'submit', from: null, to: BidStatus.SUBMITTED });
    if (r.status === BidStatus.NOT_SELECTED) {
      const closed = demand.takenAt ?? (demand.deadline ? dayStart(demand.deadline) : at);
      ledger.push({ ...entry, at: closed, action: 'reject', from: BidStatus.SUBMITTED, to: BidStatus.NOT_SELECTED });
    }
  }
  await insertMany(em, Bid, bids);
  return { bids, ledger };
}
