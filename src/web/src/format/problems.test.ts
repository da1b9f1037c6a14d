import { describe, expect, it } from 'vitest';
import { problemRows, unknownIndustries } from './problems';

const file = '需求.csv';

describe('problemRows', () => {
  it('gives every problem a row by row and column, the file as a whole first', () => {
    const rows = problemRows([
      { file, row: 7, column: '揭榜截止', kind: 'INVALID_DATE', reason: '不是日期' },
      { file, row: 3, column: '拟投入资金', reason: '应为数字' },
      { file, row: 0, column: '', kind: 'MISSING_COLUMN', reason: '缺少列“需求名称”' },
      { file, row: 3, column: '产业领域', reason: '未知产业' },
    ]);
    expect(rows.map((r) => [r.where, r.column, r.reason])).toEqual([
      ['整个文件', '—', '缺少列“需求名称”'],
      ['第3行', '产业领域', '未知产业'],
      ['第3行', '拟投入资金', '应为数字'],
      ['第7行', '揭榜截止', '不是日期'],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
  });

  it('keeps the server’s order for problems of the same cell', () => {
    const rows = problemRows([
      { file, row: 2, column: '联系电话', reason: '甲' },
      { file, row: 2, column: '联系电话', reason: '乙' },
    ]);
    expect(rows.map((r) => r.reason)).toEqual(['甲', '乙']);
  });
});

describe('unknownIndustries', () => {
  it('gives each unknown name of the file once (not a map entry’s unknown target)', () => {
    const reason = (n: string) => `未知产业“${n}”（第2、5行），是否为：新材料？可用 --new-industries create 新建`;
    expect(
      unknownIndustries([
        { file, row: 2, column: '产业领域', kind: 'UNKNOWN_INDUSTRY', reason: reason('柔性电子'), value: '柔性电子' },
        { file, row: 4, column: '产业领域', kind: 'UNKNOWN_INDUSTRY', reason: reason('量子通讯'), value: '量子通讯' },
        { file, row: 5, column: '产业领域', kind: 'UNKNOWN_INDUSTRY', reason: reason('柔性电子'), value: '柔性电子' },
        { file, row: 0, column: '产业领域', kind: 'UNKNOWN_INDUSTRY', reason: '对应关系“a=b”的目标产业“b”不存在' },
        { file, row: 6, column: '揭榜截止', kind: 'INVALID_DATE', reason: '不是日期' },
      ]),
    ).toEqual(['柔性电子', '量子通讯']);
  });
});
