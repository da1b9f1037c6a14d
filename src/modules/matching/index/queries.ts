import { Analyzer, CONCEPT } from '../analysis/analyzer';
import { Demand } from '../../demands/demand.entity';
import { CONCEPT_BOOST, DEMAND_QUERY_SOURCES, SUBWORD_WEIGHT } from '../weights';
import { WeightedQuery } from './text-index';

/** A weighted query from several texts: each token keeps the highest weight of the texts it appears in. */
export function weightedQuery(analyzer: Analyzer, sources: [string | null | undefined, number][]): WeightedQuery {
  const query: WeightedQuery = new Map();
  for (const [text, weight] of sources) {
    if (!text) continue;
    for (const token of analyzer.tokens(text)) {
      const w = token.startsWith(CONCEPT) ? weight * CONCEPT_BOOST : weight;
      if (w > (query.get(token) ?? 0)) query.set(token, w);
    }
  }
  return query;
}

/** The query a demand makes: its title, keywords, description and indicators, weighted by part. */
export function demandQuery(analyzer: Analyzer, demand: Pick<Demand, 'title' | 'keywords' | 'description' | 'indicators'>): WeightedQuery {
  return weightedQuery(analyzer, [
    [demand.title, DEMAND_QUERY_SOURCES.title],
    [demand.keywords.join('；'), DEMAND_QUERY_SOURCES.keywords],
    [demand.description, DEMAND_QUERY_SOURCES.description],
    [demand.indicators, DEMAND_QUERY_SOURCES.indicators],
  ]);
}

const CJK_WORD = /^[\u3400-\u9fff\uf900-\ufaff]{3,}$/;

/**
 * Adds the indexed words inside each long Chinese query word (高导热硅脂 → 导热, 硅脂), at
 * SUBWORD_WEIGHT of it: the segmenter cuts the same term differently in different sentences, and a
 * profile may name only part of a demand's compound.
 */
export function withSubwords(query: WeightedQuery, indexed: (term: string) => boolean): WeightedQuery {
  const extra = new Map<string, number>();
  for (const [token, weight] of query) {
    if (!CJK_WORD.test(token)) continue;
    for (let i = 0; i < token.length; i++) {
      for (let j = i + 2; j <= token.length; j++) {
        const part = token.slice(i, j);
        if (part === token || query.has(part) || !indexed(part)) continue;
        extra.set(part, Math.max(extra.get(part) ?? 0, weight * SUBWORD_WEIGHT));
      }
    }
  }
  for (const [part, weight] of extra) query.set(part, weight);
  return query;
}
