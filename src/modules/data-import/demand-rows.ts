import { text } from '../../common/i18n/text';
import { creditCodeProblem } from '../../common/validation/credit-code';
import { DemandStatus } from '../demands/demand-lifecycle';
import { DemandType } from '../demands/demand.entity';
import { DEMAND_COLUMNS, DEMAND_STATUS_LABELS, DEMAND_TYPE_LABELS } from './contract';
import { ImportIndustries } from './import-industries';
import { ImportProblem } from './import-problems';
import { asWritten, RowReader } from './row-reader';
import { Table } from './table-reader';

/** A demand row, validated and typed; money in whole yuan, dates YYYY-MM-DD. */
export interface DemandRecord {
  row: number;
  code: string;
  list: string | null;
  title: string;
  organization: string;
  creditCode: string | null;
  region: string;
  industryId: string;
  type: DemandType;
  description: string;
  indicators: string | null;
  keywords: string[];
  budget: number | null;
  deadline: string | null;
  requirements: string | null;
  publishedAt: string | null;
  /** null when the file leaves 状态 empty (new rows are then published; existing rows keep theirs). */
  status: DemandStatus | null;
  winners: string[];
  takenAt: string | null;
  /** The confidential contact (联系人, 联系电话). */
  contactName: string | null;
  contactPhone: string | null;
}

export const TAKEN_STATUSES: readonly DemandStatus[] = [DemandStatus.TAKEN, DemandStatus.IN_PROGRESS, DemandStatus.ACCEPTED];
const columns = new Map(DEMAND_COLUMNS.map((c) => [c.key, c]));

/** Validates every demand row of a file; all problems are collected, none thrown. */
export interface ParsedDemands {
  records: DemandRecord[];
  problems: ImportProblem[];
  /** Every winner code named, valid row or not, so unknown codes are reported with the rest. */
  winnerRefs: { row: number; code: string }[];
}

/** Unknown industries are left to `industries` (one problem per name, or created or mapped as the options say). */
export function parseDemandRows(file: string, table: Table, industries: ImportIndustries, listName?: string): ParsedDemands {
  const problems: ImportProblem[] = [...table.problems];
  const firstRowOfCode = new Map<string, number>();
  const records: DemandRecord[] = [];
  const winnerRefs: { row: number; code: string }[] = [];
  const named = asWritten(columns, table);
  for (const row of table.rows) {
    const r = new RowReader(file, row, named, problems);
    const before = problems.length;
    const code = r.code(firstRowOfCode);
    const creditCode = r.text('creditCode', 18);
    const creditProblem = creditCode ? creditCodeProblem(creditCode) : null;
    if (creditProblem) r.problem('creditCode', text(`${creditCode}：${creditProblem.zh}`, `${creditCode}: ${creditProblem.en}`), 'INVALID_CREDIT_CODE');
    const industryName = r.text('industry', 100);
    const industry = industryName ? industries.resolve(industryName, row.row) : undefined;
    const statusText = r.text('status');
    const status = statusText ? r.label('status', DEMAND_STATUS_LABELS, 'PUBLISHED') : null;
    const winners = r.list('winner');
    winnerRefs.push(...winners.map((code) => ({ row: row.row, code })));
    const taken = status !== null && TAKEN_STATUSES.includes(status as DemandStatus);
    if (taken && !winners.length) r.problem('winner', text(`状态为“${statusText}”时必须填写揭榜方`, `is required when 状态 is ${statusText}`), 'WINNER_REQUIRED');
    if (!taken && winners.length) {
      const zh = `状态${statusText ? `为“${statusText}”` : '为空'}，不应填写揭榜方（只有已揭榜、攻关中、已验收的需求有揭榜方）`;
      r.problem('winner', text(zh, `is given but 状态 is ${statusText || 'empty'} (only 已揭榜, 攻关中 and 已验收 have a winner)`), 'UNEXPECTED_WINNER');
    }
    const record: DemandRecord = {
      row: row.row,
      code,
      list: r.text('list', 200) ?? listName ?? null,
      title: r.text('title', 100) ?? '',
      organization: r.text('organization', 200) ?? '',
      creditCode,
      region: r.text('region', 100) ?? '',
      industryId: industry?.id ?? '',
      type: r.label('type', DEMAND_TYPE_LABELS, 'TECH_BREAKTHROUGH') as DemandType,
      description: r.text('description') ?? '',
      indicators: r.text('indicators', 5000),
      keywords: r.list('keywords'),
      budget: r.money('budget'),
      deadline: r.date('deadline'),
      requirements: r.text('requirements', 5000),
      publishedAt: r.date('publishedAt'),
      status: status as DemandStatus | null,
      winners,
      takenAt: r.date('takenAt'),
      contactName: r.text('contactName', 100),
      contactPhone: r.text('contactPhone', 100),
    };
    if (record.takenAt && record.publishedAt && record.takenAt < record.publishedAt) {
      r.problem('takenAt', text(`揭榜日期 ${record.takenAt} 早于发布日期 ${record.publishedAt}`, `${record.takenAt} is before 发布日期 ${record.publishedAt}`), 'DATE_ORDER');
    }
    if (problems.length === before) records.push(record);
  }
  problems.push(...industries.problems());
  return { records, problems, winnerRefs };
}
