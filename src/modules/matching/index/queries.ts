import { Analyzer, CONCEPT } from '../analysis/analyzer';
import { Demand } from '../../demands/demand.entity';
import { CONCEPT_BOOST, DEMAND_QUERY_SOURCES } from '../weights';
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
