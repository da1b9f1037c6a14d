import { neutraliseFormula, restoreFormula } from './formula-cells';

describe('formula cells (CSV injection)', () => {
  it('should quote cells that a spreadsheet would run as formulas', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
  });

  it('should leave other text alone', () => {
    for (const cell of ['', '碳化硅', 'a=b', '100', "'quoted", ' =1']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('should read back exactly what was written, quotes included', () => {
    for (const cell of ['=1', "'=1", "''@x", "'plain", 'x', '-', '']) expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
  });
});
