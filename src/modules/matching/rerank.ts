import { TextHit, WeightedQuery } from './index/text-index';
import { RERANK } from './weights';

/** A profile's texts with their field boosts, as analyzer tokens. */
export type ProfileTokens = (id: string) => [tokens: string[], boost: number][];

/**
 * Re-scores the first RERANK.pool hits (see RERANK): BM25 blended with the share of the query's
 * weight × IDF matched and the TF-IDF cosine of query and profile, each scaled to the pool's best.
 * The rest keep their order below.
 */
export function rerank(hits: TextHit[], query: WeightedQuery, idf: (term: string) => number, profile: ProfileTokens): TextHit[] {
  const head = hits.slice(0, RERANK.pool);
  if (!head.length) return hits;
  const qWeight = (t: string) => (query.get(t) ?? 0) * idf(t);
  let total = 0;
  let qNorm = 0;
  for (const t of query.keys()) {
    total += qWeight(t);
    qNorm += qWeight(t) ** 2;
  }
  const coverage = head.map((h) => h.terms.reduce((s, t) => s + qWeight(t), 0) / (total || 1));
  const cosine = head.map((h) => {
    const vector = new Map<string, number>();
    for (const [tokens, boost] of profile(h.id)) {
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) vector.set(t, (vector.get(t) ?? 0) + boost * (1 + Math.log(n)) * idf(t));
    }
    let dot = 0;
    let norm = 0;
    for (const [t, v] of vector) {
      norm += v * v;
      dot += v * qWeight(t);
    }
    return dot / (Math.sqrt(norm * qNorm) || 1);
  });
  const top = head[0].score;
  const best = (xs: number[]) => Math.max(...xs) || 1;
  const [bestCoverage, bestCosine] = [best(coverage), best(cosine)];
  const rescored = head.map((h, i) => ({
    ...h,
    score:
      top *
      ((1 - RERANK.coverage - RERANK.cosine) * (h.score / top) + RERANK.coverage * (coverage[i] / bestCoverage) + RERANK.cosine * (cosine[i] / bestCosine)),
  }));
  return [...rescored.sort((a, b) => b.score - a.score), ...hits.slice(RERANK.pool)];
}
