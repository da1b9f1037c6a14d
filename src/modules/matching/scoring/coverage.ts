import { CONCEPT } from '../analysis/analyzer';
import { bigrams } from '../rerank';
import { COVERAGE } from '../weights';

import { Specificity } from './specificity';

/** A demand's concepts (its tokens) with their weight: the part they come from × how specific they are. */
export type Concepts = Map<string, number>;

/** A candidate's tokens by part, each part with how directly it speaks for the person (fields 1, bio less). */
export type CandidateParts = { terms: Iterable<string>; directness: number }[];

export interface CoveredConcept {
  token: string;
  weight: number;
  /** 0–1: 1 when the candidate holds the token itself (or its synonym concept) in a direct part. */
  credit: number;
  /** The candidate's token that covers it. */
  by: string;
}

export interface Coverage {
  /** 0–1: the weighted share of the demand's concepts the candidate covers. */
  score: number;
  covered: CoveredConcept[];
  /** The demand's concepts nobody covered, heaviest first. */
  uncovered: { token: string; weight: number }[];
}

/** A part of a demand: its tokens, its weight, and whether a word must be known to the corpus to count. */
export interface DemandPart {
  tokens: Iterable<string>;
  weight: number;
  knownOnly: boolean;
}

/**
 * Weights a demand's tokens: each keeps the highest weight of the parts it appears in, times its
 * specificity (0 for generic words, which therefore neither help nor dilute). In the long parts
 * (description, indicators) only words other documents use too count: a one-off word of this text
 * or a fragment the segmenter glued (工况的) is nothing a profile could name.
 */
export function conceptWeights(parts: DemandPart[], specificity: Specificity): Concepts {
  const concepts: Concepts = new Map();
  for (const { tokens, weight, knownOnly } of parts) {
    for (const token of tokens) {
      if (weight <= (concepts.get(token) ?? 0) || (knownOnly && !specificity.known(token))) continue;
      const w = weight * specificity.of(token) * (token.startsWith(CONCEPT) ? COVERAGE.conceptBoost : 1);
      if (w > 0) concepts.set(token, Math.max(concepts.get(token) ?? 0, w));
    }
  }
  return concepts;
}

/**
 * How much of the demand's weighted concepts a candidate covers, and how directly, against the weight of
 * its COVERAGE.concepts heaviest ones (a profile never names every word of a long description): the candidate's
 * own token counts fully, times the directness of the part it is in; a Chinese word whose character
 * bigrams the candidate mostly shares (外延 in 同质外延, 栅氧化 for 栅氧) counts COVERAGE.partial of that share.
 * Absolute: the same candidate gets the same score whoever else is in the pool.
 */
export function coverage(concepts: Concepts, candidate: CandidateParts): Coverage {
  const direct = new Map<string, number>();
  const grams = new Map<string, { directness: number; term: string }>();
  for (const { terms, directness } of candidate) {
    for (const term of terms) {
      direct.set(term, Math.max(direct.get(term) ?? 0, directness));
      for (const g of bigrams(term)) if (/^[\u3400-\u9fff\uf900-\ufaff]{2}$/.test(g) && (grams.get(g)?.directness ?? 0) < directness) grams.set(g, { directness, term });
    }
  }
  // What a profile can be expected to cover: the demand's COVERAGE.concepts heaviest concepts.
  const total = [...concepts.values()].sort((a, b) => b - a).slice(0, COVERAGE.concepts).reduce((a, b) => a + b, 0);
  let got = 0;
  const covered: CoveredConcept[] = [];
  const uncovered: Coverage['uncovered'] = [];
  for (const [token, weight] of concepts) {
    const found = best(token, direct, grams);
    if (found.credit > 0) {
      got += weight * found.credit;
      covered.push({ token, weight, ...found });
    } else uncovered.push({ token, weight });
  }
  const heaviest = (a: { weight: number }, b: { weight: number }) => b.weight - a.weight;
  return { score: total ? Math.min(1, got / total) : 0, covered: covered.sort(heaviest), uncovered: uncovered.sort(heaviest) };
}

function best(token: string, direct: Map<string, number>, grams: Map<string, { directness: number; term: string }>): { credit: number; by: string } {
  const own = direct.get(token);
  if (own) return { credit: own, by: token };
  const parts = bigrams(token).length > 1 || /^[\u3400-\u9fff\uf900-\ufaff]{2}$/.test(token) ? bigrams(token) : [];
  const hits = parts.map((g) => grams.get(g)).filter((h): h is { directness: number; term: string } => !!h);
  const share = parts.length ? hits.length / parts.length : 0;
  if (share < COVERAGE.minBigramShare) return { credit: 0, by: '' };
  const strongest = hits.reduce((a, b) => (b.directness > a.directness ? b : a));
  return { credit: COVERAGE.partial * share * strongest.directness, by: strongest.term };
}
