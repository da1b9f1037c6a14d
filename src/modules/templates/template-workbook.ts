import ExcelJS from 'exceljs';
import { addSheet } from '../data-export/table-writer';
import { COLUMNS, ContractColumn, ImportKind } from '../data-import/contract';
import { ColumnGuide, columnGuides } from './column-guides';

const NAMES: Record<ImportKind, { sheet: string; title: string; row: string }> = {
  demands: { sheet: '需求', title: '技术需求榜单导入模板', row: '一条需求' },
  talents: { sheet: '人才', title: '人才库导入模板', row: '一位人才' },
};
const OPTIONS_SHEET = '选项';
/** Data rows (2 to ROWS + 1) that carry the drop-downs and checks: more than any list a bureau sends. */
const ROWS = 5000;
const REQUIRED = { bold: true, color: { argb: 'FFC00000' } };
const DATE_FORMAT = 'yyyy-mm-dd';
const MONEY_FORMAT = '0.00';

type Guided = { column: ContractColumn; guide: ColumnGuide };
/** ExcelJS 4.4 has worksheet.dataValidations at run time but leaves it out of its typings. */
type ValidatedSheet = ExcelJS.Worksheet & { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };

/**
 * The import template of `kind`: the data sheet (first, so the importer reads it) with the contract's
 * headers and no rows, so what a user types from row 2 is all that is imported; a notes sheet (填写说明);
 * a sample sheet with one filled row; and a hidden sheet holding the drop-downs' values, since an
 * inline list is limited to 255 characters and the taxonomy is longer.
 */
export async function writeTemplate(kind: ImportKind, industries: string[], today: string): Promise<Buffer> {
  const guides = columnGuides(kind, today);
  const columns: Guided[] = COLUMNS[kind].map((column) => ({ column, guide: guides[column.key] }));
  const headers = columns.map((c) => c.column.header);
  const book = new ExcelJS.Workbook();
  book.creator = 'Jiebang 揭榜';
  const data = addSheet(book, { name: NAMES[kind].sheet, headers, rows: [] });
  notesSheet(book, kind, columns, industries.length);
  const sample = addSheet(book, { name: '示例', headers, rows: [columns.map((c) => c.guide.example)] });
  const ranges = optionsSheet(book, columns, industries);
  for (const sheet of [data, sample]) layOut(sheet, columns);
  validate(data, columns, ranges);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Widths, number formats, required headers in red, and each header's guidance as its comment. */
function layOut(sheet: ExcelJS.Worksheet, columns: Guided[]): void {
  columns.forEach(({ column, guide }, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = guide.width;
    if (guide.cell) col.numFmt = guide.cell === 'date' ? DATE_FORMAT : MONEY_FORMAT;
    const header = sheet.getCell(1, i + 1);
    if (column.required) header.font = REQUIRED;
    header.note = `${column.required ? '必填' : '选填'}：${guide.format}`;
  });
}

/** One column per drop-down on a hidden sheet; returns each contract column's range there. */
function optionsSheet(book: ExcelJS.Workbook, columns: Guided[], industries: string[]): Map<string, string> {
  const sheet = book.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });
  const ranges = new Map<string, string>();
  for (const { column, guide } of columns.filter((c) => c.guide.choices)) {
    const values = guide.choices === 'industries' ? industries : [...guide.choices!];
    const col = sheet.getColumn(ranges.size + 1);
    col.values = [column.header, ...values];
    ranges.set(column.key, `'${OPTIONS_SHEET}'!$${col.letter}$2:$${col.letter}$${values.length + 1}`);
  }
  return ranges;
}

/** Excel's checks on the data rows: drop-downs, dates, non-negative money, lengths. */
function validate(sheet: ExcelJS.Worksheet, columns: Guided[], ranges: Map<string, string>): void {
  columns.forEach(({ column, guide }, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    const rule = check(guide, ranges.get(column.key));
    if (!rule) return;
    (sheet as ValidatedSheet).dataValidations.add(`${letter}2:${letter}${ROWS + 1}`, {
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: column.header,
      error: guide.format,
      ...rule,
    });
  });
}

function check(guide: ColumnGuide, range: string | undefined): Omit<ExcelJS.DataValidation, 'allowBlank'> | undefined {
  // A list cell may hold several values, and an industry may be written by an alias: both only warn.
  if (range) return { type: 'list', formulae: [range], errorStyle: guide.several ? 'information' : guide.choices === 'industries' ? 'warning' : 'stop' };
  if (guide.cell === 'date') return { type: 'date', operator: 'between', formulae: [new Date('1990-01-01'), new Date('2100-12-31')], errorStyle: 'warning' };
  if (guide.cell === 'money') return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'stop' };
  if (guide.maxLength) return { type: 'textLength', operator: 'lessThanOrEqual', formulae: [guide.maxLength], errorStyle: 'stop' };
  if (guide.exactLength) return { type: 'textLength', operator: 'equal', formulae: [guide.exactLength], errorStyle: 'stop' };
  return undefined;
}

/** 填写说明: how to fill the data sheet, then one line per column (required, format, allowed values, example). */
function notesSheet(book: ExcelJS.Workbook, kind: ImportKind, columns: Guided[], industryCount: number): void {
  const { sheet: name, title, row } = NAMES[kind];
  const sheet = book.addWorksheet('填写说明');
  sheet.addRow([`${title}：填写说明`]).font = { bold: true, size: 14 };
  for (const line of [
    `1. 在“${name}”表第 2 行起逐行填写，每行${row}；不要修改、删除或调换第 1 行的表头，也不要在表格上方插入行。`,
    '2. 红色表头为必填列，其余可留空；表头的批注说明该列怎么填。“示例”表有一行填好的示例，仅供参照，不会被导入。',
    '3. 有下拉箭头的列请从列表中选择；产业领域的列表是下载模板时系统中的产业目录。',
    '4. 日期写成 yyyy-mm-dd（如 2026-06-30）；金额以万元为单位，只写数字。',
    '5. 导入前可先试运行（命令行 --dry-run，或导入接口的 dryRun: true）：检查整个文件，报告将新建、更新和不变的行数，不写入任何数据。',
  ]) {
    sheet.addRow([line]);
  }
  sheet.addRow([]);
  sheet.addRow(['列名', '是否必填', '填写要求', '可选值', '示例']).font = { bold: true };
  for (const { column, guide } of columns) {
    const choices = guide.choices === 'industries' ? `见下拉列表（共 ${industryCount} 个产业领域，也接受别名）` : (guide.choices ?? []).join('、');
    const example = guide.example instanceof Date ? guide.example.toISOString().slice(0, 10) : guide.example;
    sheet.addRow([column.header, column.required ? '必填' : '选填', guide.format, choices, example]).alignment = { wrapText: true, vertical: 'top' };
  }
  [18, 10, 56, 36, 36].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}
