import { registerEnumType } from '@nestjs/graphql';
import { Analyzer } from '../analysis/analyzer';
import { FieldTerms } from '../index/text-index';
import { COVERAGE, DEMAND_QUERY_SOURCES, STRENGTH } from '../weights';
import { CandidateParts, Concepts, conceptWeights, DemandPart } from './coverage';
import { Specificity } from './specificity';

export enum MatchStrength {
  STRONG = 'STRONG',
  MODERATE = 'MODERATE',
  WEAK = 'WEAK',
}
registerEnumType(MatchStrength, {
  name: 'MatchStrength',
  description: `强 / 中 / 弱, from the calibrated score: STRONG from ${STRENGTH.strong}, MODERATE from ${STRENGTH.moderate}`,
});

export { STRENGTH_NAMES } from './strength-names';

export const strengthOf = (score: number): MatchStrength =>
  score >= STRENGTH.strong ? MatchStrength.STRONG : score >= STRENGTH.moderate ? MatchStrength.MODERATE : MatchStrength.WEAK;

type DemandText = { title: string; keywords: string[]; description: string; indicators?: string | null };

/** A demand's concepts from its text (every part counts for the score, confidential indicators too). */
export function demandConcepts(analyzer: Analyzer, d: DemandText, specificity: Specificity): Concepts {
  const text: Record<keyof typeof DEMAND_QUERY_SOURCES, string> = { title: d.title, keywords: d.keywords.join('；'), description: d.description, indicators: d.indicators ?? '' };
  return conceptWeights(demandParts((field) => analyzer.tokens(text[field])), specificity);
}

/** The same from the demand index's terms, public fields only (what a talent may see). */
export function indexedDemandConcepts(terms: FieldTerms, specificity: Specificity): Concepts {
  return conceptWeights(demandParts((field) => terms[field]?.keys() ?? []), specificity);
}

const demandParts = (tokens: (field: keyof typeof DEMAND_QUERY_SOURCES) => Iterable<string>): DemandPart[] =>
  (Object.keys(DEMAND_QUERY_SOURCES) as (keyof typeof DEMAND_QUERY_SOURCES)[]).map((field) => ({
    tokens: tokens(field),
    weight: DEMAND_QUERY_SOURCES[field],
    knownOnly: field === 'description' || field === 'indicators',
  }));

/** A talent's indexed terms by profile part, with how directly each part speaks for the person. */
export const talentCandidate = (terms: FieldTerms): CandidateParts =>
  Object.entries(terms).map(([field, t]) => ({ terms: t.keys(), directness: COVERAGE.directness[field] ?? 0 }));
