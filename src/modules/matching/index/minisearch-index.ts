import MiniSearch from 'minisearch';
import { BM25 } from '../weights';
import { FieldTerms, SearchOptions, termCounts, TextDocument, TextHit, TextIndex, WeightedQuery } from './text-index';

const identity = (t: string) => t;

/** TextIndex on MiniSearch (BM25+) with our analyzer and per-field boosts. */
export class MiniSearchIndex implements TextIndex {
  private readonly engine: MiniSearch<TextDocument>;
  /** Each document's terms by field: document frequencies and the re-rank read them. */
  private readonly termsOf = new Map<string, FieldTerms>();
  private readonly docFreq = new Map<string, number>();

  constructor(
    private readonly fieldBoosts: Record<string, number>,
    private readonly tokenize: (text: string) => string[],
  ) {
    this.engine = new MiniSearch<TextDocument>({
      fields: Object.keys(fieldBoosts),
      extractField: (doc, field) => (field === 'id' ? doc.id : (doc.fields[field] ?? '')),
      tokenize,
      processTerm: identity,
      autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
    });
  }

  get size(): number {
    return this.termsOf.size;
  }

  upsert(docs: TextDocument[]): void {
    this.remove(docs.map((d) => d.id));
    for (const doc of docs) {
      const fields = Object.fromEntries(Object.keys(this.fieldBoosts).map((f) => [f, termCounts(this.tokenize(doc.fields[f] ?? ''))]));
      this.termsOf.set(doc.id, fields);
      for (const t of distinctTerms(fields)) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
    }
    this.engine.addAll(docs);
  }

  remove(ids: string[]): void {
    for (const id of ids) if (this.unrecord(id)) this.engine.discard(id);
  }

  // MiniSearch's remove (not discard, whose postings count until a vacuum) takes the document as added.
  forget(doc: TextDocument): void {
    if (this.unrecord(doc.id)) this.engine.remove(doc);
  }

  private unrecord(id: string): boolean {
    const fields = this.termsOf.get(id);
    if (!fields) return false;
    this.termsOf.delete(id);
    for (const t of distinctTerms(fields)) this.docFreq.set(t, this.docFreq.get(t)! - 1);
    return true;
  }

  docFrequency(term: string): number {
    return this.docFreq.get(term) ?? 0;
  }

  fieldTerms(id: string): FieldTerms | undefined {
    return this.termsOf.get(id);
  }

  search(query: WeightedQuery, options: SearchOptions): TextHit[] {
    if (!query.size) return [];
    const results = this.engine.search([...query.keys()].join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: identity,
      boost: this.fieldBoosts,
      fields: options.fields,
      boostTerm: (term) => query.get(term) ?? 1,
      prefix: false,
      fuzzy: false,
      combineWith: 'OR',
      bm25: BM25,
      filter: options.filter ? (r) => options.filter!(r.id as string) : undefined,
    });
    return results.slice(0, options.limit).map((r) => ({ id: r.id as string, score: r.score, terms: r.terms }));
  }
}

const distinctTerms = (fields: FieldTerms) => new Set(Object.values(fields).flatMap((tf) => [...tf.keys()]));
