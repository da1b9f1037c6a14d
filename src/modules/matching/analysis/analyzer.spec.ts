import { Analyzer, CONCEPT, normalize } from './analyzer';

describe('Analyzer', () => {
  const analyzer = new Analyzer();
  const words = new Analyzer({ bigrams: false, synonyms: false });
  const concepts = (text: string) => analyzer.tokens(text).filter((t) => t.startsWith(CONCEPT));

  it('should fold full-width characters and case', () => {
    expect(normalize('ＳｉＣ　５Ｇ')).toBe('sic 5g');
  });

  it('should keep Latin and digit runs whole, with the parts of compounds', () => {
    const tokens = words.tokens('4H-SiC MOSFET, Ra0.2 and 5G; 1200 V');
    expect(tokens).toEqual(expect.arrayContaining(['4h-sic', '4h', 'sic', 'mosfet', 'ra0.2', '5g']));
    expect(tokens).not.toContain('1200');
  });

  it('should segment Chinese into words, glue split characters back and drop stop words', () => {
    const tokens = words.tokens('我们公司需要开发碳化硅外延工艺');
    expect(tokens).toEqual(expect.arrayContaining(['碳化硅', '外延']));
    expect(tokens).not.toContain('公司');
    expect(tokens.every((t) => t.length > 1)).toBe(true);
  });

  it('should give synonyms and abbreviations the same concept token on both sides', () => {
    for (const [a, b] of [
      ['碳化硅功率器件', 'SiC MOSFET'],
      ['质子交换膜电解', 'PEM电解水'],
      ['视觉检测', 'AOI'],
      ['可编程逻辑控制器', 'PLC'],
      ['锂离子电池', '锂电'],
    ]) {
      const shared = concepts(a).filter((c) => concepts(b).includes(c));
      expect(shared.length).toBeGreaterThan(0);
    }
  });

  it('should replace the words of a synonym group by its concept token', () => {
    const tokens = analyzer.tokens('碳化硅外延');
    expect(tokens).not.toContain('碳化硅');
    expect(tokens).toEqual(expect.arrayContaining(concepts('SiC')));
  });

  it('should match Latin terms as whole words only', () => {
    expect(concepts('silicon wafer')).not.toEqual(expect.arrayContaining(concepts('SiC')));
  });
});
