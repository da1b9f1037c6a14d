import { Demand } from '../demands/demand.entity';
import { Industry } from '../industries/industry.entity';
import { Talent, TalentLevel } from '../talents/talent.entity';
import { Breakdown, combine, industrySignal, levelSignal, loadSignal, place, regionSignal, trackRecordSignal } from './signals';
import { INDUSTRY_SCORES, REGION_SCORES, SIGNAL_WEIGHTS } from './weights';

const demand = (region: string, requirements: string | null = null) => ({ region, requirements }) as Demand;
const talent = (region: string, remoteOk: boolean, level = TalentLevel.OTHER) => ({ region, remoteOk, level }) as Talent;
const industry = (id: string, parentId: string | null = null) => ({ id, parentId }) as Industry;

describe('match signals', () => {
  it('should read province and city from a region', () => {
    expect(place('浙江省嘉兴市南湖区')).toEqual({ province: '浙江省', city: '嘉兴市' });
    expect(place('上海市闵行区')).toEqual({ province: '上海市', city: '上海市' });
  });

  it('should rank same city over remote collaboration over nothing, and respect a demand that wants presence', () => {
    expect(regionSignal(demand('浙江省嘉兴市南湖区'), talent('浙江省嘉兴市秀洲区', false)).score).toBe(REGION_SCORES.sameCity);
    expect(regionSignal(demand('浙江省嘉兴市南湖区'), talent('广东省深圳市南山区', true)).score).toBe(REGION_SCORES.remote);
    expect(regionSignal(demand('浙江省嘉兴市', '中试阶段需驻厂'), talent('广东省深圳市', true)).score).toBe(REGION_SCORES.remoteButPresenceWanted);
    expect(regionSignal(demand('浙江省嘉兴市'), talent('浙江省杭州市', false)).score).toBe(REGION_SCORES.sameProvince);
    expect(regionSignal(demand('浙江省嘉兴市'), talent('广东省深圳市', false)).score).toBe(REGION_SCORES.none);
  });

  it('should treat a sub-industry as matching its parent', () => {
    const top = industry('3');
    const mid = industry('3.3', '3');
    const chain = industry('C-FS', '3.3');
    const other = industry('6');
    const byId = (id: string) => [top, mid, chain, other].find((i) => i.id === id);
    expect(industrySignal(chain, [chain], byId)).toBe(INDUSTRY_SCORES.same);
    expect(industrySignal(chain, [mid], byId)).toBe(INDUSTRY_SCORES.related);
    expect(industrySignal(mid, [chain], byId)).toBe(INDUSTRY_SCORES.related);
    expect(industrySignal(chain, [industry('3.2', '3')], byId)).toBe(INDUSTRY_SCORES.sameTop);
    expect(industrySignal(chain, [other], byId)).toBe(INDUSTRY_SCORES.none);
  });

  it('should grow with level and track record, and fall with load', () => {
    expect(levelSignal(talent('', false, TalentLevel.NATIONAL))).toBeGreaterThan(levelSignal(talent('', false, TalentLevel.CITY)));
    expect(trackRecordSignal(1, 1)).toBeGreaterThan(trackRecordSignal(1, 0));
    expect(trackRecordSignal(10, 10)).toBe(1);
    expect(loadSignal(0)).toBe(1);
    expect(loadSignal(1)).toBeGreaterThan(loadSignal(2));
    expect(loadSignal(5)).toBe(0);
  });

  it('should combine the signals into 0–1, each moving the score by its documented weight', () => {
    const zero: Breakdown = { text: 0, industry: 0, region: 0, level: 0, trackRecord: 0, load: 0 };
    const full = Object.fromEntries(Object.keys(zero).map((k) => [k, 1])) as Breakdown;
    expect(combine(zero)).toBe(0);
    expect(combine(full)).toBeCloseTo(1, 10);
    const middle: Breakdown = { text: 0.5, industry: 0.4, region: 0.7, level: 0.6, trackRecord: 0.2, load: 0.6 };
    for (const key of Object.keys(zero) as (keyof Breakdown)[]) {
      expect(SIGNAL_WEIGHTS[key]).toBeGreaterThan(0);
      const raised = combine({ ...middle, [key]: middle[key] + 0.1 });
      expect(raised - combine(middle)).toBeCloseTo(0.1 * SIGNAL_WEIGHTS[key], 10);
    }
    // Text relevance weighs most: a perfect text match beats perfect structured signals alone.
    expect(combine({ ...zero, text: 1 })).toBeGreaterThan(combine({ ...full, text: 0 }));
  });
});
