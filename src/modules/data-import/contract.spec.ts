import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMAND_COLUMNS, TALENT_COLUMNS } from './contract';
import { HeaderLookup } from './sheet-layout';

const KINDS = { 需求: DEMAND_COLUMNS, 人才: TALENT_COLUMNS };

describe('the header aliases', () => {
  it('should be the table README.md shows', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| (需求|人才) \| (.+?) \| `(\w+)` \| (.+) \|$/gm)].map(([, kind, header, key, aliases]) => [kind, header, key, aliases]);
    const expected = Object.entries(KINDS).flatMap(([kind, columns]) => columns.filter((c) => c.aliases?.length).map((c) => [kind, c.header, c.key, c.aliases!.join('、')]));
    expect(rows).toEqual(expected);
  });

  it('should name one column each, in either kind of file', () => {
    for (const columns of Object.values(KINDS)) {
      const lookup = new HeaderLookup(columns);
      for (const c of columns) for (const name of [c.header, c.key, ...(c.aliases ?? [])]) expect([name, lookup.match(name)?.column.key]).toEqual([name, c.key]);
    }
  });

  it('should read the unit of a money header written in full-width or half-width forms', () => {
    const lookup = new HeaderLookup(DEMAND_COLUMNS);
    expect(lookup.match('拟投入资金（元）')).toMatchObject({ column: { key: 'budget' }, unit: '元' });
    expect(lookup.match('投入资金(单位：人民币元)')).toMatchObject({ column: { key: 'budget' }, unit: '元' });
    expect(lookup.match('拟投入资金（万元）')).toMatchObject({ column: { key: 'budget' }, unit: '万元' });
    expect(lookup.match(' 预算/万元 ')).toMatchObject({ column: { key: 'budget' }, unit: '万元' });
    expect(lookup.match('预算')).toEqual({ column: expect.objectContaining({ key: 'budget' }) });
    expect(lookup.match('*需求名称')).toMatchObject({ column: { key: 'title' } });
    expect(lookup.match('发榜单位（全称）')).toMatchObject({ column: { key: 'organization' } });
    expect(lookup.match('联系电话(手机)')).toMatchObject({ column: { key: 'contactPhone' } });
    expect(lookup.match('单元')).toBeUndefined();
    expect(lookup.isRowNumber('序 号')).toBe(true);
  });
});
