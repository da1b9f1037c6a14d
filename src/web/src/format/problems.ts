// Shapes a refused import's problems for the table a person fixes the file from.
import type { FileProblem } from '../api/client';

export interface ProblemRow {
  key: string;
  /** Spreadsheet row; 0 for the file as a whole (sorted first). */
  row: number;
  /** 第7行, or 整个文件 */
  where: string;
  /** The column's header as the file writes it, or — */
  column: string;
  reason: string;
}

/** One table row per problem, by row then column (the server's order within a cell). */
export function problemRows(problems: FileProblem[]): ProblemRow[] {
  return problems
    .map((p, i) => ({ key: `${i}`, row: p.row, where: p.row ? `第${p.row}行` : '整个文件', column: p.column || '—', reason: p.reason, i }))
    .sort((a, b) => a.row - b.row || a.column.localeCompare(b.column, 'zh-CN') || a.i - b.i)
    .map(({ i: _i, ...row }) => row);
}

/** The industry names a strict import did not know (one UNKNOWN_INDUSTRY problem each), for the mapping step. */
export function unknownIndustries(problems: FileProblem[]): string[] {
  const names = problems.filter((p) => p.kind === 'UNKNOWN_INDUSTRY' && p.value).map((p) => p.value!);
  return [...new Set(names)];
}
