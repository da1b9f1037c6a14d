import MiniSearch from 'minisearch';
import { BM25 } from '../weights';
import { SearchOptions, TextDocument, TextHit, TextIndex, WeightedQuery } from './text-index';

const identity = (t: string) => t;

/** TextIndex on MiniSearch (BM25+) with our analyzer and per-field boosts. */
export class MiniSearchIndex implements TextIndex {
  private readonly engine: MiniSearch<TextDocument>;
  private readonly ids = new Set<string>();

  constructor(
    private readonly fieldBoosts: Record<string, number>,
    tokenize: (text: string) => string[],
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
    return this.ids.size;
  }

  upsert(docs: TextDocument[]): void {
    for (const doc of docs) {
      if (this.ids.has(doc.id)) this.engine.discard(doc.id);
      this.ids.add(doc.id);
    }
    this.engine.addAll(docs);
  }

  remove(ids: string[]): void {
    for (const id of ids) {
      if (!this.ids.delete(id)) continue;
      this.engine.discard(id);
    }
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
