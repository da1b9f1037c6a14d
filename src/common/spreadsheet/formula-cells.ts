// CSV injection (OWASP): a cell beginning with = + - @, a tab or a carriage return opens in Excel
// or LibreOffice as a formula (=HYPERLINK(…) runs on a click). Written cells get a leading single
// quote, which spreadsheets show as text. Cells that already begin with quotes before such a
// character get one more, so reading strips exactly one and a CSV round trip keeps every value.

const FORMULA_LEADING = /^'*[=+\-@\t\r]/;

/** A cell safe to write into a CSV file. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_LEADING.test(cell) ? `'${cell}` : cell;
}

/** The value a neutralised cell stood for (the inverse of neutraliseFormula, for CSV imports). */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_LEADING.test(cell) ? cell.slice(1) : cell;
}
