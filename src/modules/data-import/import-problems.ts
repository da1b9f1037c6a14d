import { DomainError, ErrorCode } from '../../common/errors/domain-error';

/** One thing wrong with an import file: where (file, row, column) and why. */
export interface ImportProblem {
  file: string;
  /** Spreadsheet row (header = 1), or the 1-based item of a JSON array; 0 for the file as a whole. */
  row: number;
  column: string;
  /** Stable and machine-readable, e.g. MISSING_COLUMN, UNKNOWN_INDUSTRY, UNDECODABLE_TEXT. */
  kind?: string;
  /** In Chinese, for the person who fixes the file. */
  reason: string;
  /** The same in English, for requests with Accept-Language: en. */
  reasonEn?: string;
}

export const describeProblem = (p: ImportProblem) =>
  `${p.file}${p.row ? ` row ${p.row}` : ''}${p.column ? ` column ${p.column}` : ''}: ${p.reason}`;

/** Every problem of a file in one BAD_USER_INPUT error; nothing of the file was written. */
export function importRejected(file: string, problems: ImportProblem[]): DomainError {
  const shown = problems.slice(0, 20).map(describeProblem).join('; ');
  const more = problems.length > 20 ? `; and ${problems.length - 20} more` : '';
  return new DomainError(ErrorCode.BAD_USER_INPUT, `${file}: ${problems.length} problem(s), nothing imported: ${shown}${more}`, {
    field: 'file',
    problems,
  });
}
