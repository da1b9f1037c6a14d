/** A document as the text index sees it: an id and named text fields. */
export interface TextDocument {
  id: string;
  fields: Record<string, string>;
}

export interface TextHit {
  id: string;
  score: number;
  /** The query tokens the document matched. */
  terms: string[];
}

export interface SearchOptions {
  limit: number;
  filter?: (id: string) => boolean;
  /** Search only these fields (default: all). */
  fields?: string[];
}

/** Each field's terms with their frequencies, as a document was indexed. */
export type FieldTerms = Record<string, Map<string, number>>;

/** BM25's IDF of a term held by `df` of `n` documents (MiniSearch's form, never negative). */
export const bm25Idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** How often each token occurs. */
export function termCounts(tokens: Iterable<string>, counts = new Map<string, number>(), times = 1): Map<string, number> {
  for (const t of tokens) if (t) counts.set(t, (counts.get(t) ?? 0) + times);
  return counts;
}

/** Query tokens with their weights. */
export type WeightedQuery = Map<string, number>;

/**
 * The text engine behind matching and search: anything that indexes documents and ranks them for
 * a weighted bag of tokens: MiniSearchIndex (demands) and PostingsIndex (talents) fit behind it.
 */
export interface TextIndex {
  upsert(docs: TextDocument[]): void;
  remove(ids: string[]): void;
  /** Removes a document just upserted so that ranking is exactly as before it (remove may defer that). */
  forget(doc: TextDocument): void;
  readonly size: number;
  search(query: WeightedQuery, options: SearchOptions): TextHit[];
  /** Live documents holding the term in any field. */
  docFrequency(term: string): number;
  /** A document's terms by field, as indexed (undefined when it is not). */
  fieldTerms(id: string): FieldTerms | undefined;
}
