import { bm25Idf, termCounts, TextHit, TextIndex, WeightedQuery } from './index/text-index';
import { RERANK } from './weights';

/** A profile's fields as indexed (terms with their frequencies) with their boosts. */
export type ProfileTerms = (id: string) => [terms: Map<string, number>, boost: number][];

const LONG_CJK_WORD = /^[\u3400-\u9fff\uf900-\ufaff]{3,}$/;

/** A long Chinese word as its character bigrams (栅氧化层 → 栅氧, 氧化, 化层); other tokens as they are. */
export function bigrams(token: string): string[] {
  return LONG_CJK_WORD.test(token) ? Array.from({ length: token.length - 1 }, (_, i) => token.slice(i, i + 2)) : [token];
}

/**
 * Re-scores the first RERANK.pool hits (see RERANK): BM25 blended with the share of the query's
 * weight × IDF matched and the bigram cosine of query and profile, each scaled to the pool's best.
 * The rest keep their order below.
 */
export function rerank(hits: TextHit[], query: WeightedQuery, idf: (term: string) => number, profile: ProfileTerms): TextHit[] {
  const head = hits.slice(0, RERANK.pool);
  if (!head.length) return hits;
  const qWeight = (t: string) => (query.get(t) ?? 0) * idf(t);
  const total = [...query.keys()].reduce((s, t) => s + qWeight(t), 0) || 1;
  const coverage = head.map((h) => h.terms.reduce((s, t) => s + qWeight(t), 0) / total);
  const cosine = bigramCosine(query, head.map((h) => profile(h.id)));
  const top = head[0].score;
  const best = (xs: number[]) => Math.max(...xs) || 1;
  const [bestCoverage, bestCosine] = [best(coverage), best(cosine)];
  const rescored = head.map((h, i) => ({
    ...h,
    score: top * (RERANK.bm25 * (h.score / top) + RERANK.coverage * (coverage[i] / bestCoverage) + RERANK.cosine * (cosine[i] / bestCosine)),
  }));
  return [...rescored.sort((a, b) => b.score - a.score), ...hits.slice(RERANK.pool)];
}

/** Re-ranks the first hits from the terms the index holds, in the fields given with their boosts. */
export function rerankHits(index: TextIndex, hits: TextHit[], query: WeightedQuery, boosts: Record<string, number>): TextHit[] {
  const idfs = new Map<string, number>();
  const idf = (term: string) => {
    if (!idfs.has(term)) idfs.set(term, bm25Idf(index.size, index.docFrequency(term)));
    return idfs.get(term)!;
  };
  const profile = (id: string): [Map<string, number>, number][] =>
    Object.entries(index.fieldTerms(id) ?? {})
      .filter(([field]) => field in boosts)
      .map(([field, terms]) => [terms, boosts[field]]);
  return rerank(hits, query, idf, profile);
}

/**
 * TF-IDF cosine of the query and each profile over character bigrams of their words, IDF taken
 * among the profiles given: a word the segmenter cut otherwise on one side (栅氧 / 栅氧化层) still
 * counts, and the bigrams every candidate shares (the demand's own field) count little.
 */
function bigramCosine(query: WeightedQuery, profiles: [Map<string, number>, number][][]): number[] {
  const docs = profiles.map((fields) =>
    fields.map(([terms, boost]) => {
      const counts = new Map<string, number>();
      for (const [term, n] of terms) termCounts(bigrams(term), counts, n);
      return [counts, boost] as const;
    }),
  );
  const df = new Map<string, number>();
  for (const fields of docs) for (const g of new Set(fields.flatMap(([counts]) => [...counts.keys()]))) df.set(g, (df.get(g) ?? 0) + 1);
  const idf = (g: string) => bm25Idf(docs.length, df.get(g) ?? 0);
  const q = new Map<string, number>();
  for (const [t, w] of query) for (const g of bigrams(t)) q.set(g, Math.max(q.get(g) ?? 0, w));
  let qNorm = 0;
  for (const [g, w] of q) {
    q.set(g, w * idf(g));
    qNorm += (w * idf(g)) ** 2;
  }
  return docs.map((fields) => {
    const vector = new Map<string, number>();
    for (const [counts, boost] of fields) for (const [g, n] of counts) vector.set(g, (vector.get(g) ?? 0) + boost * (1 + Math.log(n)) * idf(g));
    let dot = 0;
    let norm = 0;
    for (const [g, v] of vector) {
      norm += v * v;
      dot += v * (q.get(g) ?? 0);
    }
    return dot / (Math.sqrt(norm * qNorm) || 1);
  });
}
