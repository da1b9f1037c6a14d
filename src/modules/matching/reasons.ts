import { Talent, TalentLevel } from '../talents/talent.entity';
import { Analyzer, CONCEPT, normalize, SynonymGroup } from './analysis/analyzer';
import { REGION_SCORES } from './weights';

export interface ReasonFacts {
  /** Query tokens the document matched, with their weight. */
  terms: { token: string; weight: number }[];
  /** The text the query came from and the matched document's text, by part. */
  queryText: string;
  docParts: { label: string; items: string[] }[];
  region: { kind: keyof typeof REGION_SCORES; city: string };
  accepted: number;
  awarded: number;
  sameIndustryAccepted: number;
  level?: TalentLevel;
}

const LEVEL_NAMES: Partial<Record<TalentLevel, string>> = {
  ACADEMICIAN: '院士',
  NATIONAL: '国家级人才',
  PROVINCIAL: '省级人才',
};

/** The item of a profile part (a 研究方向 entry, a keyword) that contains a term. */
function itemWith(parts: ReasonFacts['docParts'], term: string): { label: string; item: string } | undefined {
  for (const part of parts) {
    const item = part.items.find((i) => normalize(i).includes(term));
    if (item) return { label: part.label, item };
  }
  return undefined;
}

/**
 * A short Chinese sentence a person can verify, and the matched terms: synonym matches named on
 * both sides, shared words, outcomes, region and level. Example:
 * 研究方向‘4H-SiC同质外延’与需求‘碳化硅’同义匹配；共同关键词：外延、缺陷；2 项同领域已验收项目；接受远程合作
 */
export function explain(analyzer: Analyzer, facts: ReasonFacts): { reasons: string; matchedTerms: string[] } {
  const parts: string[] = [];
  const matchedTerms: string[] = [];
  const queryConcepts = analyzer.conceptsWithTerms(facts.queryText);
  const docConcepts = analyzer.conceptsWithTerms(facts.docParts.flatMap((p) => p.items).join('；'));
  const sorted = [...facts.terms].sort((a, b) => b.weight - a.weight);
  const synonymPhrases: string[] = [];
  const shared: string[] = [];
  for (const { token } of sorted) {
    if (token.startsWith(CONCEPT)) {
      const group = analyzer.groupById.get(token) as SynonymGroup;
      const ours = queryConcepts.get(group)?.[0];
      const theirs = docConcepts.get(group)?.[0];
      if (!ours || !theirs) continue;
      matchedTerms.push(group.label);
      if (ours === theirs) {
        shared.push(ours);
        continue;
      }
      const where = itemWith(facts.docParts, theirs);
      if (synonymPhrases.length < 2) synonymPhrases.push(`${where?.label ?? ''}‘${where?.item ?? theirs}’与需求‘${ours}’同义匹配`);
    } else if (!shared.includes(token)) {
      shared.push(token);
      matchedTerms.push(token);
    }
  }
  parts.push(...synonymPhrases);
  const plain = shared.filter((t) => !synonymPhrases.some((p) => p.includes(t))).slice(0, 4);
  if (plain.length) parts.push(`共同关键词：${plain.join('、')}`);
  if (facts.sameIndustryAccepted) parts.push(`${facts.sameIndustryAccepted} 项同领域已验收项目`);
  else if (facts.accepted) parts.push(`${facts.accepted} 项已验收项目`);
  else if (facts.awarded) parts.push(`曾揭榜 ${facts.awarded} 项`);
  if (facts.level && LEVEL_NAMES[facts.level]) parts.push(LEVEL_NAMES[facts.level]!);
  const region = {
    sameCity: `同在${facts.region.city}`,
    remote: '接受远程合作',
    remoteButPresenceWanted: '接受远程合作（需求要求驻场）',
    sameProvince: '同省',
    none: '',
  }[facts.region.kind];
  if (region) parts.push(region);
  return { reasons: parts.join('；') || '文本相关', matchedTerms: [...new Set(matchedTerms)] };
}

export const talentParts = (t: Talent): ReasonFacts['docParts'] => [
  { label: '研究方向', items: t.fields },
  { label: '关键词', items: t.keywords },
  { label: '代表成果', items: [t.achievements ?? ''] },
  { label: '简介', items: [t.bio ?? ''] },
];
