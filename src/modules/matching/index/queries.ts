import { Analyzer, CONCEPT } from '../analysis/analyzer';
import { CONCEPT_BOOST } from '../weights';
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
