import { Talent, TalentLevel } from '../talents/talent.entity';
import { Analyzer, CONCEPT, normalize, SynonymGroup } from './analysis/analyzer';
import { CoveredConcept } from './scoring/coverage';
import { MatchStrength, STRENGTH_NAMES } from './scoring/match-score';
import { REASONS, REGION_SCORES } from './weights';

/** A demand's phrase and the candidate's phrase that covers it. */
export interface ConceptPair {
  demand: string;
  candidate: string;
}

export interface ReasonFacts {
  strength: MatchStrength;
  /** The demand's concepts the candidate covers, heaviest first (scoring/coverage.ts). */
  covered: CoveredConcept[];
  /** Whether a covered token may be named (confidential indicators are named only to those who may read them). */
  nameable: (token: string) => boolean;
  /** The demand's short items (title, keywords) and all of its text; the candidate's likewise. */
  demand: { items: string[]; text: string };
  candidate: { items: string[]; text: string };
  region: { kind: keyof typeof REGION_SCORES; city: string };
  accepted: number;
  awarded: number;
  sameIndustryAccepted: number;
  live: number;
  level?: TalentLevel;
}

const LEVEL_NAMES: Partial<Record<TalentLevel, string>> = {
  ACADEMICIAN: '院士',
  NATIONAL: '国家级人才',
  PROVINCIAL: '省级人才',
};

const CLAUSE = /[，。；;、,:：()（）\n]/;

/** The shortest short item (a keyword, a 研究方向 entry, a clause of one) naming the term, else the term. */
function phrase(items: string[], term: string): string {
  const fits = items
    .flatMap((i) => i.split(CLAUSE))
    .map((c) => c.trim())
    .filter((c) => c && [...c].length <= REASONS.maxPhraseChars && normalize(c).includes(term));
  return fits.sort((a, b) => a.length - b.length)[0] ?? asWritten(items, term);
}

/** The term as the text writes it (碳化硅MOSFET, not the normalised 碳化硅mosfet) where the case is all that differs. */
function asWritten(items: string[], term: string): string {
  for (const item of items) {
    const at = item.toLowerCase().indexOf(term);
    if (at >= 0) return item.slice(at, at + term.length);
  }
  return term;
}

/** The words that name a token on one side: a synonym concept by the side's own term of its group (the text scanned once, on first need). */
function namer(analyzer: Analyzer, text: string): (token: string) => string | undefined {
  let concepts: Map<SynonymGroup, string[]> | undefined;
  return (token) => {
    if (!token.startsWith(CONCEPT)) return token;
    concepts ??= analyzer.conceptsWithTerms(text);
    return concepts.get(analyzer.groupById.get(token) as SynonymGroup)?.[0];
  };
}

/** A concept of the demand as the demand writes it: its shortest title clause or keyword naming it. */
export function uncoveredPhrase(analyzer: Analyzer, token: string, text: string, items: string[]): string {
  const term = namer(analyzer, text)(token) ?? token;
  return phrase(items, term);
}

/** At most REASONS.pairs pairs, heaviest concept first, each pair once. */
export function conceptPairs(analyzer: Analyzer, facts: Pick<ReasonFacts, 'covered' | 'nameable' | 'demand' | 'candidate'>): ConceptPair[] {
  const pairs: ConceptPair[] = [];
  const [ourTerm, theirTerm] = [namer(analyzer, facts.demand.text), namer(analyzer, facts.candidate.text)];
  for (const c of facts.covered) {
    if (pairs.length >= REASONS.pairs) break;
    if (!facts.nameable(c.token)) continue;
    const ours = ourTerm(c.token);
    const theirs = theirTerm(c.by);
    if (!ours || !theirs) continue;
    const pair = { demand: phrase(facts.demand.items, ours), candidate: phrase(facts.candidate.items, theirs) };
    if (!pairs.some((p) => p.demand === pair.demand || p.candidate === pair.candidate)) pairs.push(pair);
  }
  return pairs;
}

/**
 * Reasons a person checks in seconds: the strength, at most three concept pairs (the demand's phrase
 * ↔ the candidate's), then the facts: outcomes, live work, level, region. Example:
 * 强匹配：碳化硅栅氧 ↔ 4H-SiC MOS界面；栅氧可靠性 ↔ 栅介质可靠性；2 项同领域已验收项目；当前在研 1 项；省级人才；接受远程合作
 */
export function explain(analyzer: Analyzer, facts: ReasonFacts): { reasons: string; conceptPairs: ConceptPair[]; matchedTerms: string[] } {
  const pairs = conceptPairs(analyzer, facts);
  const parts = pairs.map((p) => `${p.demand} ↔ ${p.candidate}`);
  if (facts.sameIndustryAccepted) parts.push(`${facts.sameIndustryAccepted} 项同领域已验收项目`);
  else if (facts.accepted) parts.push(`${facts.accepted} 项已验收项目`);
  else if (facts.awarded) parts.push(`曾揭榜 ${facts.awarded} 项`);
  if (facts.live) parts.push(`当前在研 ${facts.live} 项`);
  if (facts.level && LEVEL_NAMES[facts.level]) parts.push(LEVEL_NAMES[facts.level]!);
  const region = {
    sameCity: `同在${facts.region.city}`,
    remote: '接受远程合作',
    remoteButPresenceWanted: '接受远程合作（需求要求驻场）',
    sameProvince: '同省',
    none: '',
  }[facts.region.kind];
  if (region) parts.push(region);
  const head = `匹配度${STRENGTH_NAMES[facts.strength]}${pairs.length ? '' : '（无共同的具体概念）'}`;
  const matchedTerms = facts.covered.filter((c) => facts.nameable(c.token)).map((c) => (c.token.startsWith(CONCEPT) ? analyzer.groupById.get(c.token)!.label : c.token));
  return { reasons: [head, parts.join('；')].filter(Boolean).join('：'), conceptPairs: pairs, matchedTerms: [...new Set(matchedTerms)] };
}

/** A talent as the reasons read it: short items (研究方向, 关键词) and all of the profile's text. */
export const talentSide = (t: Talent): ReasonFacts['candidate'] => ({
  items: [...t.fields, ...t.keywords],
  text: [...t.fields, ...t.keywords, t.achievements ?? '', t.bio ?? ''].join('\n'),
});
