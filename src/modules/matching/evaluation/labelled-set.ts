import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importLimits } from '../../../config/app-config';
import { ContractColumn } from '../../data-import/contract';
import { readTable } from '../../data-import/table-reader';
import { Grades } from './metrics';

const LABEL_COLUMNS: ContractColumn[] = [
  { header: '需求编号', key: 'demand', required: true },
  { header: '人才编号', key: 'talent', required: true },
  { header: '相关度', key: 'grade', required: true },
];

export interface LabelledSet {
  demands: { name: string; data: Buffer };
  talents: { name: string; data: Buffer }[];
  /** demand code → talent code → grade */
  labels: Map<string, Grades>;
}

/** A folder in the data-contract layout: demands.*, every talents* file, labels.* */
export async function readLabelledSet(dir: string): Promise<LabelledSet> {
  const files = readdirSync(dir).filter((f) => /\.(csv|xlsx|json)$/i.test(f)).sort();
  const load = (name: string) => ({ name, data: readFileSync(join(dir, name)) });
  const demands = files.find((f) => /^demands\./i.test(f));
  const labels = files.find((f) => /^labels\./i.test(f));
  const talents = files.filter((f) => /^talents/i.test(f));
  if (!demands || !labels || !talents.length) throw new Error(`${dir} needs demands.*, talents*.* and labels.* files`);
  const table = await readTable(labels, readFileSync(join(dir, labels)), LABEL_COLUMNS, importLimits({}));
  if (table.problems.length) throw new Error(`${labels}: ${table.problems.map((p) => p.reason).join('; ')}`);
  const byDemand = new Map<string, Grades>();
  for (const row of table.rows) {
    const demand = String(row.cells.demand);
    const grades = byDemand.get(demand) ?? new Map();
    grades.set(String(row.cells.talent), Number(row.cells.grade));
    byDemand.set(demand, grades);
  }
  return { demands: load(demands), talents: talents.map(load), labels: byDemand };
}
