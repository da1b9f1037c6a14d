import type { ImportLimits } from '../../config/app-config';
import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { Text, text, toText } from '../../common/i18n/text';
import { yieldToEventLoop } from '../../common/time/yield-to-event-loop';

/** The environment variable of each limit, named in every refusal so an operator knows what to raise. */
const SETTING: Record<keyof ImportLimits, string> = {
  maxFileBytes: 'IMPORT_MAX_FILE_BYTES',
  maxUnzippedBytes: 'IMPORT_MAX_UNZIPPED_BYTES',
  maxRows: 'IMPORT_MAX_ROWS',
  maxColumns: 'IMPORT_MAX_COLUMNS',
  maxCellChars: 'IMPORT_MAX_CELL_CHARS',
};

export const megabytes = (n: number) => `${+(n / 1024 / 1024).toFixed(1)} MB`;

/** The refusal of a file over a limit; nothing of it was written. `setting` is the variable that raises the limit, if one does. */
export function importRefused(file: string, what: string | Text, limit: number, setting?: string): DomainError {
  const { zh, en } = toText(what);
  const message = text(`文件 ${file} ${zh}${setting ? `（${setting}）` : ''}，未导入任何数据`, `File ${file} ${en}${setting ? ` (${setting})` : ''}; nothing imported`);
  return new DomainError(ErrorCode.IMPORT_TOO_LARGE, message, { field: 'file', limit, setting });
}

/** The refusal of a file over one of the configured limits. */
export const importTooLarge = (file: string, limit: keyof ImportLimits, limits: ImportLimits, what: string | Text) =>
  importRefused(file, what, limits[limit], SETTING[limit]);

/** Rows read between two turns of the event loop, so other requests are served while a big file is read (≈5 ms of work). */
const ROWS_PER_TURN = 500;

/**
 * Counts the rows of one sheet as they are read and refuses the first that goes over a limit.
 * Rows are spreadsheet rows (header = 1); only filled rows and columns count, so formatting
 * left on empty cells does not.
 */
export class SheetLimits {
  private rows = 0;
  /** The header's row, once found (title rows may stand above it): the row limit counts the rows below it. */
  headerRow = 1;

  /** `json`: rows are the items of an array (numbered from 1, no header row) and columns their keys. */
  constructor(
    private readonly file: string,
    private readonly limits: ImportLimits,
    private readonly json = false,
  ) {}

  async check(row: number, values: readonly string[], header: readonly string[]): Promise<void> {
    const { maxRows, maxColumns, maxCellChars } = this.limits;
    const where = this.json ? text(`第 ${row} 项`, `item ${row}`) : text(`第 ${row} 行`, `row ${row}`);
    let filled = 0;
    values.forEach((v, i) => {
      if (v !== '') filled = i + 1;
      if (v.length > maxCellChars) {
        const column = header[i] ? text(`“${header[i]}”`, `column ${header[i]}`) : text(`第 ${i + 1} 列`, `column ${i + 1}`);
        const what = text(
          `${where.zh}${column.zh}有 ${v.length} 个字符，超过单元格长度上限 ${maxCellChars} 个字符`,
          `${where.en}, ${column.en} has ${v.length} characters, over the cell limit of ${maxCellChars}`,
        );
        throw importTooLarge(this.file, 'maxCellChars', this.limits, what);
      }
    });
    if (filled > maxColumns) {
      const what = text(`${where.zh}有 ${filled} 列，超过列数上限 ${maxColumns} 列`, `${where.en} has ${filled} columns, over the limit of ${maxColumns}`);
      throw importTooLarge(this.file, 'maxColumns', this.limits, what);
    }
    if (filled && row > maxRows + (this.json ? 0 : this.headerRow)) {
      const what = this.json
        ? text(`${where.zh}超过条数上限 ${maxRows} 项`, `${where.en} is over the limit of ${maxRows} items`)
        : text(`${where.zh}超过行数上限 ${maxRows} 行（不含表头）`, `${where.en} is over the limit of ${maxRows} rows (not counting the header)`);
      throw importTooLarge(this.file, 'maxRows', this.limits, what);
    }
    if (++this.rows % ROWS_PER_TURN === 0) await yieldToEventLoop();
  }
}
