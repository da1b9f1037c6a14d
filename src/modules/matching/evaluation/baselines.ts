import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';

// The two reference rankers the harness reports beside ours, over the same text.

export interface BaselineDoc {
  id: string;
  text: Record<string, string>;
}

/** MiniSearch with its default tokenizer (useless on unspaced Chinese, which is the point). */
export function miniSearchDefault(docs: BaselineDoc[], boosts: Record<string, number>): (query: string) => string[] {
  const ms = new MiniSearch<BaselineDoc>({ fields: Object.keys(boosts), extractField: (d, f) => (f === 'id' ? d.id : (d.text[f] ?? '')) });
  ms.addAll(docs);
  return (query) => ms.search(query, { boost: boosts, combineWith: 'OR' }).map((r) => r.id as string);
}

/** SQLite FTS5 with the trigram tokenizer: an OR of the query's trigrams, ranked by bm25(). */
export function fts5Trigram(docs: BaselineDoc[]): { rank: (query: string) => string[]; close: () => void } {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize = 'trigram')`);
  const insert = db.prepare('INSERT INTO docs (id, body) VALUES (?, ?)');
  db.transaction(() => docs.forEach((d) => insert.run(d.id, Object.values(d.text).join('\n'))))();
  const search = (match: string) => db.prepare(`SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 100`).all(match) as { id: string }[];
  return {
    rank: (query) => {
      const chars = [...query.normalize('NFKC').replace(/\s+/g, ' ')];
      const grams = new Set<string>();
      for (let i = 0; i + 2 < chars.length; i++) {
        const g = chars.slice(i, i + 3).join('');
        if (!/[\s"]/.test(g)) grams.add(`"${g}"`);
      }
      return grams.size ? search([...grams].join(' OR ')).map((r) => r.id) : [];
    },
    close: () => db.close(),
  };
}
