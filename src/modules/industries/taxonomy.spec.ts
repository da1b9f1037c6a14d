import chains from './data/programme-chains.json';
import taxonomy from './data/industries.json';
import { normalize } from './industry-names';

const rows = taxonomy.industries;
const byCode = new Map(rows.map((r) => [r.code, r]));
const byName = new Map(rows.flatMap((r) => [r.name, ...r.aliases].map((n) => [normalize(n), r] as const)));
const SEI_CODE = /^\d(\.\d)?$/;

describe('the committed taxonomy (industries.json)', () => {
  const named = Object.entries(chains).filter(([k]) => !k.startsWith('_')) as [string, string[]][];

  it.each(named)('should resolve every chain %s names, each under a category of SEI 2018', (_city, names) => {
    for (const name of names) {
      const industry = byName.get(normalize(name));
      expect({ name, found: !!industry }).toEqual({ name, found: true });
      let top = industry!;
      while (top.parent) top = byCode.get(top.parent)!;
      expect({ name, root: SEI_CODE.test(top.code) }).toEqual({ name, root: true });
    }
  });

  it('should give every name and alias to one industry only, and every parent a known code one level up', () => {
    const all = rows.flatMap((r) => [r.name, ...r.aliases].map(normalize));
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
    for (const r of rows.filter((x) => x.parent)) expect({ code: r.code, level: r.level }).toEqual({ code: r.code, level: byCode.get(r.parent!)!.level + 1 });
    for (const r of rows.filter((x) => x.code.startsWith('C-'))) expect({ code: r.code, underSei: SEI_CODE.test(r.parent ?? '') }).toEqual({ code: r.code, underSei: true });
  });
});
