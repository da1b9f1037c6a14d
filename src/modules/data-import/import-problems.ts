import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { Lang, Text, text } from '../../common/i18n/text';

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
  /** The name as the file writes it, when one problem stands for several rows (an unknown industry: what a map entry's `from` names). */
  value?: string;
}

/** A problem's place and reason, e.g. `demands.xlsx 第7行「产业领域」：…` or `demands.xlsx row 7, column 产业领域: …`. */
export function describeProblem(p: ImportProblem, lang: Lang = 'zh'): string {
  if (lang === 'en') {
    const where = [p.row ? `row ${p.row}` : '', p.column ? `column ${p.column}` : ''].filter(Boolean).join(', ');
    return `${p.file}${where ? ` ${where}` : ''}: ${p.reasonEn ?? p.reason}`;
  }
  return `${p.file}${p.row ? ` 第${p.row}行` : ''}${p.column ? `「${p.column}」` : ''}：${p.reason}`;
}

const SHOWN = 20;

export const rejectionHeadline = (file: string, count: number): Text =>
  text(`${file} 有 ${count} 处问题，未导入任何数据`, `${file}: ${count} problem(s), nothing imported`);

/** Every problem of a file in one BAD_USER_INPUT error; nothing of the file was written. */
export function importRejected(file: string, problems: ImportProblem[]): DomainError {
  const headline = rejectionHeadline(file, problems.length);
  const shown = (lang: Lang) => problems.slice(0, SHOWN).map((p) => describeProblem(p, lang));
  const more = problems.length - SHOWN;
  const message = text(
    `${headline.zh}：${shown('zh').join('；')}${more > 0 ? `；另有 ${more} 处` : ''}`,
    `${headline.en}: ${shown('en').join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
  );
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: 'file', problems });
}
