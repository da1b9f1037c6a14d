import { ContractColumn } from './contract';

/**
 * The ledger note of an imported row, in Chinese as bureau staff read the 台账: where it came from and,
 * for an update, which columns changed (by the file's column names; entity fields such as industryId by theirs).
 */
export function importNote(file: string, row: number, columns: readonly ContractColumn[], changed?: readonly string[]): string {
  const where = `${file} 第 ${row} 行`;
  if (!changed?.length) return where;
  const header = (field: string) => {
    const key = field.replace(/Id$/, '');
    return columns.find((c) => c.key === key)?.header.replace(/\(万元\)$/, '') ?? key;
  };
  return `${where}：修改了${changed.map(header).join('、')}`;
}
