import { Demand } from '../demands/demand.entity';
import { Industry } from '../industries/industry.entity';
import { Talent } from '../talents/talent.entity';
import { INDUSTRY_SCORES, LEVEL_SCORES, REGION_SCORES, SIGNAL_WEIGHTS } from './weights';

// The structured signals of a match, each 0–1, as pure functions of the records (unit-tested).

/** 浙江省嘉兴市南湖区 → { province: 浙江省, city: 嘉兴市 }; 上海市闵行区 → 上海市 for both. */
export function place(region: string): { province: string; city: string } {
  const province = /^(.+?(省|自治区|特别行政区))/.exec(region)?.[1];
  const rest = province ? region.slice(province.length) : region;
  const city = /^(.+?(市|自治州|地区|盟))/.exec(rest)?.[1] ?? rest;
  return { province: province ?? city, city };
}

/** A demand wants the team on site when its conditions say so (驻厂, 本地, 现场…). */
export const wantsPresence = (d: Demand) => /驻厂|驻场|本地|现场|在地|属地/.test(`${d.requirements ?? ''}`);

export function regionSignal(d: Demand, t: Talent): { score: number; kind: keyof typeof REGION_SCORES } {
  const a = place(d.region);
  const b = place(t.region);
  if (a.city && a.city === b.city) return { score: REGION_SCORES.sameCity, kind: 'sameCity' };
  if (t.remoteOk) {
    const kind = wantsPresence(d) ? 'remoteButPresenceWanted' : 'remote';
    return { score: REGION_SCORES[kind], kind };
  }
  if (a.province === b.province) return { score: REGION_SCORES.sameProvince, kind: 'sameProvince' };
  return { score: REGION_SCORES.none, kind: 'none' };
}

/** Taxonomy-aware: the same industry, one inside the other (氟硅新材料 in 先进石化化工新材料), or the same top category. */
export function industrySignal(demandIndustry: Industry | undefined, talentIndustries: Industry[], byId: (id: string) => Industry | undefined): number {
  if (!demandIndustry || !talentIndustries.length) return INDUSTRY_SCORES.none;
  const ancestors = (i: Industry): string[] => {
    const out: string[] = [];
    for (let p = i.parentId ? byId(i.parentId) : undefined; p; p = p.parentId ? byId(p.parentId) : undefined) out.push(p.id);
    return out;
  };
  const top = (i: Industry) => ancestors(i).at(-1) ?? i.id;
  let best = INDUSTRY_SCORES.none;
  for (const t of talentIndustries) {
    if (t.id === demandIndustry.id) return INDUSTRY_SCORES.same;
    if (ancestors(t).includes(demandIndustry.id) || ancestors(demandIndustry).includes(t.id)) best = Math.max(best, INDUSTRY_SCORES.related);
    else if (top(t) === top(demandIndustry)) best = Math.max(best, INDUSTRY_SCORES.sameTop);
  }
  return best;
}

export const levelSignal = (t: Talent) => LEVEL_SCORES[t.level] ?? 0;

/** Past outcomes: accepted work counts double; saturates at 6 points. */
export const trackRecordSignal = (awarded: number, accepted: number) => Math.min(1, (awarded + 2 * accepted) / 6);

/** Live awarded work (TAKEN or IN_PROGRESS): free hands score 1. */
export const loadSignal = (live: number) => [1, 0.6, 0.3][live] ?? 0;

export type Breakdown = Record<keyof typeof SIGNAL_WEIGHTS, number>;

/** The 0–1 score of a match: the signals (each 0–1) weighted by SIGNAL_WEIGHTS, which sum to 1. */
export const combine = (b: Breakdown) => (Object.keys(SIGNAL_WEIGHTS) as (keyof Breakdown)[]).reduce((s, k) => s + SIGNAL_WEIGHTS[k] * b[k], 0);
