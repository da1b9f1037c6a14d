import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TermScanner } from './term-scanner';

const DATA = join(__dirname, '..', 'data');

/** Full-width to half-width, compatibility forms folded, lower case: ＳｉＣ → sic. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
// Latin and digit runs stay whole (sic, pem, 5g, ra0.2, li6ps5cl, 4h-sic); inner . - / + join them.
const LATIN_RUN = /[a-z0-9]+(?:[.\-+/][a-z0-9]+)*\+?/g;
const NUMBER = /^[\d.]+$/;

/** Prefix of the concept tokens added for synonym groups. */
export const CONCEPT = '≈';

export interface AnalyzerOptions {
  /** Add the CJK character bigrams of every run. */
  bigrams: boolean;
  /** Add a concept token for each synonym group found. */
  synonyms: boolean;
}

export interface SynonymGroup {
  id: string;
  label: string;
  terms: string[];
}

function readLines(file: string): string[] {
  return readFileSync(join(DATA, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * Text analysis for Chinese technical text: NFKC normalisation, Latin runs whole,
 * Intl.Segmenter words for Chinese (single characters glued back into words), stop words, and
 * synonym concepts (which replace the group words they come from). The same analyzer runs on documents and queries, so both sides meet on the
 * same tokens. Measured on the development set and left out: CJK bigrams as index tokens and a
 * THUOCL technical-term lexicon (both lowered nDCG@10); bigrams of words serve the re-rank instead (rerank.ts).
 */
export class Analyzer {
  readonly groups: SynonymGroup[];
  /** Groups by concept token. */
  readonly groupById: Map<string, SynonymGroup>;
  private readonly stopwords: Set<string>;
  private readonly segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  private readonly synonymScanner: TermScanner<SynonymGroup>;

  constructor(readonly options: AnalyzerOptions = { bigrams: false, synonyms: true }) {
    this.stopwords = new Set(readLines('stopwords.txt').flatMap((l) => l.split(/\s+/)).map(normalize));
    this.groups = readLines('synonyms.txt').map((line, i) => {
      const terms = [...new Set(line.split('|').map((t) => normalize(t.trim())).filter(Boolean))];
      return { id: `${CONCEPT}${i}`, label: line.split('|')[0].trim(), terms };
    });
    this.groupById = new Map(this.groups.map((g) => [g.id, g]));
    this.synonymScanner = new TermScanner(this.groups.flatMap((g) => g.terms.map((t) => [t, g] as [string, SynonymGroup])));
  }

  /** The tokens of a text, in order, duplicates kept (term frequency matters to BM25). */
  tokens(text: string): string[] {
    const norm = normalize(text);
    const out: string[] = [];
    for (const m of norm.match(LATIN_RUN) ?? []) {
      if (!NUMBER.test(m) && m.length > 1) out.push(m);
      // Also the parts of a compound: 4h-sic → 4h, sic.
      if (/[.\-/]/.test(m)) for (const part of m.split(/[.\-/]/)) if (part.length > 1 && !NUMBER.test(part)) out.push(part);
    }
    const runs = norm.match(CJK_RUN) ?? [];
    // The segmenter breaks unknown technical words into single characters (高|导|热, 车|规|级):
    // consecutive single characters are glued back into one word (measured: better than bigrams).
    // One segmenter call over all runs (a line break between them) splits them as run by run does, in half the time.
    let glued = '';
    const flush = () => {
      if (glued.length > 1) out.push(glued);
      glued = '';
    };
    for (const { segment } of this.segmenter.segment(runs.join('\n'))) {
      if (segment === '\n') flush();
      else if (segment.length === 1) glued += segment;
      else {
        flush();
        if (!this.stopwords.has(segment)) out.push(segment);
      }
    }
    flush();
    if (this.options.bigrams) for (const run of runs) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    if (!this.options.synonyms) return out;
    // A word of a synonym group gives way to the group's concept token, so 碳化硅 ↔ 碳化硅 and
    // 碳化硅 ↔ SiC match alike (one matched term each) instead of the literal word counting twice.
    const groups = this.concepts(norm);
    const members = new Set(groups.flatMap((g) => g.terms));
    return [...out.filter((t) => !members.has(t)), ...groups.map((g) => g.id)];
  }

  /** The synonym groups a (normalized) text mentions, each once, with the words that mentioned them. */
  conceptsWithTerms(text: string): Map<SynonymGroup, string[]> {
    const found = new Map<SynonymGroup, string[]>();
    for (const { term, value } of this.synonymScanner.scan(normalize(text))) {
      found.set(value, [...new Set([...(found.get(value) ?? []), term])]);
    }
    return found;
  }

  private concepts(norm: string): SynonymGroup[] {
    return [...new Set(this.synonymScanner.scan(norm).map((m) => m.value))];
  }
}
