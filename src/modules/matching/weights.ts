// Every weight of matching in one place (documented in the README). Measured on the labelled
// development set with `npm run eval:match`; change them only with the harness's figures.

/** Field boosts of the talent index (MiniSearch BM25+). */
export const TALENT_FIELDS = { fields: 2, keywords: 2, achievements: 1.5, bio: 1.5 };

/** Field boosts of the demand index. */
export const DEMAND_FIELDS = { title: 3, keywords: 2, description: 1, indicators: 0.5, confidentialIndicators: 0.5 };

/** The demand fields everyone may search: confidential indicators are searched for admins only. */
export const PUBLIC_DEMAND_FIELDS = ['title', 'keywords', 'description', 'indicators'];

/** Their boosts: recommendations re-rank by these fields only. */
export const PUBLIC_DEMAND_BOOSTS = Object.fromEntries(PUBLIC_DEMAND_FIELDS.map((f) => [f, DEMAND_FIELDS[f as keyof typeof DEMAND_FIELDS]]));

/** Weight of a query token by the part of the demand (or profile) it came from; the highest counts. */
export const DEMAND_QUERY_SOURCES = { title: 2, keywords: 2, description: 1.5, indicators: 1 };
export const TALENT_QUERY_SOURCES = { fields: 2, keywords: 2, achievements: 1, bio: 0.7 };

/** Extra weight of a synonym concept token over the words that produced it. */
export const CONCEPT_BOOST = 1.5;

/** How the final 0–1 score is made: the weights sum to 1. */
export const SIGNAL_WEIGHTS = {
  text: 0.8,
  industry: 0.05,
  region: 0.07,
  level: 0.03,
  trackRecord: 0.03,
  load: 0.02,
};

/** Level signal by 人才层次. */
export const LEVEL_SCORES: Record<string, number> = { ACADEMICIAN: 1, NATIONAL: 0.8, PROVINCIAL: 0.6, CITY: 0.4, OTHER: 0.2 };

/** Region signal: same city, willing to work remotely (飞地), remote when the demand wants presence, same province. */
export const REGION_SCORES = { sameCity: 1, remote: 0.7, remoteButPresenceWanted: 0.3, sameProvince: 0.4, none: 0 };

/** Industry signal: same record, parent or child, same top-level category. */
export const INDUSTRY_SCORES = { same: 1, related: 0.7, sameTop: 0.4, none: 0 };

/**
 * Second pass of a demand query: a token's weight is multiplied by 1 − damping × (share of the first
 * `pool` candidates that contain it). Words every close candidate shares (the demand's own field)
 * count less; the words that set the right expert apart count more. Measured: pools of 10–30 and
 * damping 0.5–1 all gain 0.01–0.03 nDCG@10 on the dev set; the middle is kept.
 */
export const LOCAL_IDF = { pool: 20, damping: 0.75 };

/**
 * Weight of an indexed word found inside a long Chinese query word, relative to that word. Measured
 * with synonym words replaced by their concepts: 0.1–0.5 all gain about 0.02 nDCG@10 (the
 * matched-term count does most of it).
 */
export const SUBWORD_WEIGHT = 0.3;

/**
 * Re-ranking of the first `pool` hits: the normalised BM25 score blended with the share of the
 * query's weight × IDF a profile matches (`coverage`) and the TF-IDF cosine of query and profile over
 * the character bigrams of their words, IDF taken among the pool (`cosine`; see rerank.ts). Measured
 * on the dev set: the bigram cosine lifts Recall@10 from 0.78 to 0.83–0.85 at every weight from 0.4 to
 * 0.8 and pools of 20–100 (nDCG@10 0.76–0.79, MRR 0.83–0.87); cosine over whole words instead gained
 * about 0.01 nDCG@10 and nothing on recall.
 */
export const RERANK = { pool: 50, bm25: 0.25, coverage: 0.25, cosine: 0.5 };

/** MiniSearch's BM25+ parameters (its defaults; k, b and d mattered less than 0.01 nDCG@10). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Candidates re-scored with the structured signals, per result asked for (at least 100). */
export const CANDIDATES_PER_RESULT = 5;

/** Similarity (0–1) from which a demand in another list is flagged as a likely duplicate. */
export const DUPLICATE_SIMILARITY = 0.8;

/**
 * Specificity of a token from the share of all documents holding it (scoring/specificity.ts): 0 at
 * `genericShare` or more, 1 at `rareShare` or less, log-linear between, 0 below `floor`. A corpus
 * smaller than `minCorpus` documents is taken as that large.
 */
export const SPECIFICITY = { genericShare: 0.05, rareShare: 0.002, floor: 0.15, minCorpus: 1000 };

/**
 * The calibrated score (scoring/coverage.ts): how directly each part of a profile speaks for the
 * person, and the credit of a Chinese word covered only through its character bigrams (at least
 * `minBigramShare` of them).
 */
export const COVERAGE = {
  directness: { fields: 1, keywords: 1, achievements: 0.8, bio: 0.7 } as Record<string, number>,
  partial: 0.6,
  minBigramShare: 0.5,
  concepts: 10,
  conceptBoost: 2,
};

/** Strength bands on the calibrated score (README, "Match scores"). */
export const STRENGTH = { strong: 0.65, moderate: 0.15 };

/** Reasons: at most `pairs` concept pairs, each side a phrase of at most `maxPhraseChars` characters. */
export const REASONS = { pairs: 3, maxPhraseChars: 14 };
