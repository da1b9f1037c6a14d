import { DEMAND_COLUMNS } from './contract';
import { HeaderLookup, isSection, isTrailer, titleAbove, unitAbove, withSubHeader } from './sheet-layout';

describe('the layout around a bureau table', () => {
  it('should take the title from the first row above the header holding one text, dates and units aside', () => {
    expect(titleAbove([['附件2'], ['', '嘉兴市2026年第一批企业关键技术需求榜单', '', ''], ['填报单位：嘉兴市科技局', '填报日期：2026-03-01']])).toBe('嘉兴市2026年第一批企业关键技术需求榜单');
    expect(titleAbove([['衢州市2026年榜单', '', '（单位：万元）']])).toBe('衢州市2026年榜单');
    expect(titleAbove([['填报单位：某局', '2026']])).toBeUndefined();
    expect(titleAbove([])).toBeUndefined();
  });

  it('should read a money unit stated above the table', () => {
    expect(unitAbove([['某榜单'], ['', '（金额单位：人民币元）']])).toBe('元');
    expect(unitAbove([['单位： 万元']])).toBe('万元');
    expect(unitAbove([['某榜单']])).toBeUndefined();
  });

  it('should tell notes, totals and group headings from data rows', () => {
    expect(isTrailer(['注：以上需求由各县（市、区）科技局汇总报送。'])).toBe(true);
    expect(isTrailer(['', '合计', '', '1400'])).toBe(true);
    expect(isTrailer(['共计 12 项'])).toBe(true);
    expect(isTrailer(['填表人：王科员', '', '联系电话：0573-82000000'])).toBe(true);
    // 注塑 is a process, not a note; a full row is data whatever its first cell says.
    expect(isTrailer(['注塑件翘曲控制'])).toBe(false);
    expect(isTrailer(['合计', 'a', 'b', 'c'])).toBe(false);
    expect(isSection(['一、新材料领域'])).toBe(true);
    expect(isSection(['', '（二）集成电路'])).toBe(true);
    expect(isSection(['一、新材料领域', 'JX-001'])).toBe(false);
  });

  it('should join a two-row header only when the row below names more columns with it', () => {
    const lookup = new HeaderLookup(DEMAND_COLUMNS);
    expect(withSubHeader(['需求编号', '联系人', ''], ['', '姓名', '电话'], lookup)).toEqual(['需求编号', '联系人姓名', '电话']);
    expect(withSubHeader(['需求编号', '联系人', ''], ['JX-001', '张三', '138'], lookup)).toBeUndefined();
  });
});
