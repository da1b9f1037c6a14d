import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONCEPT, normalize } from '../analysis/analyzer';
import { SPECIFICITY } from '../weights';

const GENERIC_WORDS = join(__dirname, '..', 'data', 'generic-words.txt');

/** The words of the generic-words list (general Chinese technical-writing vocabulary, see its header). */
export function readGenericWords(file = GENERIC_WORDS): Set<string> {
  const words = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .filter(Boolean);
  return new Set(words.map(normalize));
}

export interface Corpus {
  /** Documents (demands and talents) holding the token. */
  docFrequency(token: string): number;
  /** Documents in all. */
  size(): number;
}

/**
 * How much a token says about what a text is about, 0–1, from the share of all documents (demands
 * and talents together) that hold it: at or above SPECIFICITY.genericShare it says nothing, at or
 * below rareShare everything, log-linear between; below SPECIFICITY.floor it counts as generic.
 * Words of the generic list and single characters are generic on any corpus, however rare they are
 * in this one. A small corpus is taken as SPECIFICITY.minCorpus documents, so that on a fresh
 * installation with twenty records a word held by two is not thought common.
 */
export class Specificity {
  private readonly span = Math.log(SPECIFICITY.genericShare / SPECIFICITY.rareShare);

  constructor(
    private readonly corpus: Corpus,
    private readonly generic: Set<string> = readGenericWords(),
  ) {}

  of(token: string): number {
    if (this.isListed(token)) return 0;
    const share = this.corpus.docFrequency(token) / Math.max(this.corpus.size(), SPECIFICITY.minCorpus);
    const s = share <= SPECIFICITY.rareShare ? 1 : Math.max(0, Math.log(SPECIFICITY.genericShare / share) / this.span);
    return s < SPECIFICITY.floor ? 0 : Math.min(1, s);
  }

  /** A word more than one document uses: not a one-off of a single text (or a segmentation fragment). */
  known(token: string): boolean {
    return token.startsWith(CONCEPT) || this.corpus.docFrequency(token) >= 2;
  }

  /** Generic whatever the corpus says: listed, or one character. */
  isListed(token: string): boolean {
    return !token.startsWith(CONCEPT) && ([...token].length < 2 || this.generic.has(token));
  }
}
