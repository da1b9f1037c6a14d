/** Graded relevance of talents for one demand (3 ideal, 2 strong, 1 partial; absent = 0). */
export type Grades = Map<string, number>;

export interface Metrics {
  ndcg10: number;
  recall10: number;
  mrr: number;
}

/** nDCG@10 with gains 2^grade − 1. */
export function ndcgAt10(ranking: string[], grades: Grades): number {
  const dcg = (gs: number[]) => gs.slice(0, 10).reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  return ideal ? dcg(ranking.map((id) => grades.get(id) ?? 0)) / ideal : 0;
}

export function recallAt10(ranking: string[], grades: Grades): number {
  const relevant = [...grades.values()].filter((g) => g > 0).length;
  return relevant ? ranking.slice(0, 10).filter((id) => (grades.get(id) ?? 0) > 0).length / relevant : 0;
}

/** Reciprocal rank of the first relevant talent (0 when none is ranked). */
export function reciprocalRank(ranking: string[], grades: Grades): number {
  const i = ranking.findIndex((id) => (grades.get(id) ?? 0) > 0);
  return i < 0 ? 0 : 1 / (i + 1);
}

export function evaluate(ranking: string[], grades: Grades): Metrics {
  return { ndcg10: ndcgAt10(ranking, grades), recall10: recallAt10(ranking, grades), mrr: reciprocalRank(ranking, grades) };
}

export function mean(all: Metrics[]): Metrics {
  const avg = (k: keyof Metrics) => Math.round((all.reduce((s, m) => s + m[k], 0) / Math.max(1, all.length)) * 1000) / 1000;
  return { ndcg10: avg('ndcg10'), recall10: avg('recall10'), mrr: avg('mrr') };
}
