import { parseArgs } from './args';
import { industryOptions } from './industry-options';

const parse = (line: string[]) => industryOptions(line, parseArgs(line).options);

describe('import industry options', () => {
  it('should read --new-industries create with or without a parent', () => {
    expect(parse(['demands', 'a.csv', '--new-industries', 'create'])).toEqual({ newIndustries: { mode: 'CREATE', parent: undefined } });
    expect(parse(['demands', 'a.csv', '--new-industries', 'CREATE:电子核心'])).toEqual({ newIndustries: { mode: 'CREATE', parent: '电子核心' } });
    expect(() => parse(['demands', 'a.csv', '--new-industries', 'skip'])).toThrow('--new-industries');
  });

  it('should read --map repeated or with comma- and semicolon-separated pairs', () => {
    const line = ['demands', 'a.csv', '--map', '柔性电子=电子核心', '--map', '商业航天=航空装备；低空=航空装备, 光电=光学'];
    expect(parse(line).industryMap).toEqual({ 柔性电子: '电子核心', 商业航天: '航空装备', 低空: '航空装备', 光电: '光学' });
    expect(() => parse(['demands', 'a.csv', '--map', '柔性电子'])).toThrow('--map');
    expect(parse(['demands', 'a.csv'])).toEqual({});
  });
});
