import { describe, expect, it } from 'vitest';
import { splitNames, treeRows } from './taxonomy';

const industry = (id: string, name: string, parent?: string, aliases: string[] = []) => ({ id, code: id.toUpperCase(), name, aliases, parent: parent ? { id: parent } : null });
const LIST = [
  industry('a', '新材料'),
  industry('a1', '先进钢铁材料', 'a'),
  industry('a2', '先进有色金属材料', 'a', ['有色金属']),
  industry('a21', '锂电新材料', 'a2', ['锂电']),
  industry('b', '新一代信息技术'),
  industry('b1', '集成电路', 'b', ['芯片', 'IC']),
];
const names = (rows: ReturnType<typeof treeRows>) => rows.map((r) => `${'  '.repeat(r.depth)}${r.industry.name}${r.expanded ? ' ▾' : r.childCount ? ' ▸' : ''}`);

describe('treeRows', () => {
  it('shows the top level, then the children of what is expanded, in the server’s order', () => {
    expect(names(treeRows(LIST, new Set()))).toEqual(['新材料 ▸', '新一代信息技术 ▸']);
    expect(names(treeRows(LIST, new Set(['a', 'a2'])))).toEqual(['新材料 ▾', '  先进钢铁材料', '  先进有色金属材料 ▾', '    锂电新材料', '新一代信息技术 ▸']);
  });

  it('shows a search’s matches by name, alias or code with their ancestors opened', () => {
    expect(names(treeRows(LIST, new Set(), '锂电'))).toEqual(['新材料 ▾', '  先进有色金属材料 ▾', '    锂电新材料']);
    expect(names(treeRows(LIST, new Set(), 'ic'))).toEqual(['新一代信息技术 ▾', '  集成电路']);
    expect(names(treeRows(LIST, new Set(), 'B1'))).toEqual(['新一代信息技术 ▾', '  集成电路']);
    expect(treeRows(LIST, new Set(), '量子')).toEqual([]);
  });

  it('opens a match like any row, showing all of its children, while its ancestors stay held open', () => {
    expect(names(treeRows(LIST, new Set(), '有色'))).toEqual(['新材料 ▾', '  先进有色金属材料 ▸']);
    expect(names(treeRows(LIST, new Set(['a2']), '有色'))).toEqual(['新材料 ▾', '  先进有色金属材料 ▾', '    锂电新材料']);
    expect(treeRows(LIST, new Set(), '有色').map((r) => r.held)).toEqual([true, false]);
  });

  it('puts an industry whose parent is not in the list at the top rather than losing it', () => {
    expect(names(treeRows([industry('x', '量子科技', 'gone')], new Set()))).toEqual(['量子科技']);
  });
});

describe('splitNames', () => {
  it('splits the ways people write a list of names, without blanks or repeats', () => {
    expect(splitNames('量子传感；量子精密测量, 量子、量子，\n 量子测量 ')).toEqual(['量子传感', '量子精密测量', '量子', '量子测量']);
    expect(splitNames('  ')).toEqual([]);
  });
});
