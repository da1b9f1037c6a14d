import { MiniSearchIndex } from './minisearch-index';
import { PostingsIndex } from './postings-index';
import { TextDocument, TextIndex, WeightedQuery } from './text-index';

const FIELDS = { title: 3, body: 1 };
const tokenize = (text: string) => text.split(/\s+/).filter(Boolean);
const WORDS = 'sic gan pem 电堆 视觉 检测 涂层 合金 电池 电解 封装 晶圆 伺服 主轴 发酵 抗体'.split(' ');

/** Deterministic documents with overlapping words, repeated words and identical twins (ties). */
function corpus(n: number, seed: number): TextDocument[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = (count: number) => Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  return Array.from({ length: n }, (_, i) => ({ id: `d${i}`, fields: i % 7 === 0 ? { title: 'sic 封装', body: 'gan 晶圆 晶圆' } : { title: words(2), body: words(1 + Math.floor(next() * 12)) } }));
}

function both(): [TextIndex, TextIndex] {
  return [new MiniSearchIndex(FIELDS, tokenize), new PostingsIndex(FIELDS, tokenize)];
}

const QUERIES: WeightedQuery[] = [
  new Map([['sic', 2], ['封装', 1], ['晶圆', 1.5]]),
  new Map([['pem', 1], ['电堆', 3], ['涂层', 1], ['nothing', 5]]),
  new Map(WORDS.map((w, i) => [w, 1 + (i % 3)])),
];

function expectSameRanking(a: TextIndex, b: TextIndex, options: { limit: number; fields?: string[]; filter?: (id: string) => boolean }) {
  for (const q of QUERIES) {
    const x = a.search(q, options);
    const y = b.search(q, options);
    expect(y.map((h) => h.id)).toEqual(x.map((h) => h.id));
    expect(y.map((h) => h.terms)).toEqual(x.map((h) => h.terms));
    y.forEach((h, i) => expect(h.score).toBeCloseTo(x[i].score, 9));
  }
}

describe('PostingsIndex', () => {
  it('ranks exactly as MiniSearch does: scores, matched terms and the order of ties', () => {
    const docs = corpus(400, 1);
    const [mini, postings] = both();
    mini.upsert(docs);
    postings.upsert(docs);
    expect(postings.size).toBe(400);
    expectSameRanking(mini, postings, { limit: 50 });
    expectSameRanking(mini, postings, { limit: 10, fields: ['body'] });
    expectSameRanking(mini, postings, { limit: 10, filter: (id) => Number(id.slice(1)) % 2 === 0 });
  });

  it('stays exact through updates, removals and the compaction they trigger', () => {
    const [mini, postings] = both();
    const docs = corpus(30_000, 2);
    mini.upsert(docs);
    postings.upsert(docs);
    // Replace two thirds (enough dead postings to compact) and remove some outright.
    const changed = corpus(20_000, 3);
    const removed = docs.slice(25_000, 26_000).map((d) => d.id);
    for (const index of [mini, postings]) {
      index.upsert(changed);
      index.remove(removed);
      index.remove(['unknown']);
    }
    expect(postings.size).toBe(mini.size);
    expect(postings.size).toBe(29_000);
    // MiniSearch counts discarded documents in a term's document frequency until it vacuums them,
    // so scores may differ in the last digits: compare with a fresh MiniSearch
    // holding the same documents in the same order (re-added ones last).
    const fresh = new MiniSearchIndex(FIELDS, tokenize);
    fresh.upsert([...docs.slice(20_000).filter((d) => !removed.includes(d.id)), ...changed]);
    expectSameRanking(fresh, postings, { limit: 100 });
    // The terms each document was indexed with, read back from the postings after compaction.
    for (const id of ['d0', 'd19999', 'd20000', 'd26001', 'd29999']) expect(postings.fieldTerms(id)).toEqual(fresh.fieldTerms(id));
    expect(postings.fieldTerms('d25000')).toBeUndefined();
  });

  it('returns nothing for an empty query or index', () => {
    const index = new PostingsIndex(FIELDS, tokenize);
    expect(index.search(QUERIES[0], { limit: 5 })).toEqual([]);
    index.upsert(corpus(5, 4));
    expect(index.search(new Map(), { limit: 5 })).toEqual([]);
  });

  it('keeps document frequencies (any field) as MiniSearch counts them, through changes and removals', () => {
    const docs = corpus(300, 5);
    const [mini, postings] = both();
    for (const index of [mini, postings]) {
      index.upsert(docs);
      index.upsert(corpus(20, 6));
      index.remove(['d7', 'd100']);
    }
    for (const term of [...WORDS, 'nothing']) expect(postings.docFrequency(term)).toBe(mini.docFrequency(term));
  });
});
