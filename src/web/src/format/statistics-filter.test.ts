import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterVariables, statisticsXlsxPath } from './statistics-filter';

describe('the dashboard filter in the URL', () => {
  it('reads the filter from the query, ignoring other keys and repeated values', () => {
    expect(filterFromQuery({ list: '嘉兴市2022年企业关键技术需求榜单', from: '2026-01-01', page: '2', region: ['a', 'b'] })).toEqual({
      list: '嘉兴市2022年企业关键技术需求榜单',
      region: '',
      industry: '',
      from: '2026-01-01',
      to: '',
    });
  });

  it('sends only what is chosen, and nothing at all when nothing is', () => {
    expect(filterVariables(filterFromQuery({}))).toBeNull();
    expect(filterVariables(filterFromQuery({ industry: '新材料', to: '2026-03-31' }))).toEqual({ industry: '新材料', to: '2026-03-31' });
  });

  it('asks the XLSX download for the same filter and one sheet', () => {
    const f = filterFromQuery({ list: '嘉兴 榜单', from: '2026-01-01' });
    expect(statisticsXlsxPath(f, 'funnel')).toBe('/statistics.xlsx?list=%E5%98%89%E5%85%B4+%E6%A6%9C%E5%8D%95&from=2026-01-01&sheet=funnel');
    expect(statisticsXlsxPath(filterFromQuery({}))).toBe('/statistics.xlsx');
  });
});
