import { termCounts } from './index/text-index';
import { bigrams, rerank } from './rerank';

describe('re-ranking', () => {
  it('should split long Chinese words into character bigrams and keep other tokens whole', () => {
    expect(['栅氧化层', '栅氧', 'sic', '≈12'].flatMap(bigrams)).toEqual(['栅氧', '氧化', '化层', '栅氧', 'sic', '≈12']);
  });

  it('should lift a profile that names the demand’s word cut differently over one matching only shared words', () => {
    const query = new Map([
      ['栅氧化层', 2],
      ['器件', 1],
    ]);
    const profiles: Record<string, [Map<string, number>, number][]> = {
      a: [[termCounts(['器件', '封装', '散热', '器件']), 1]],
      b: [[termCounts(['器件', '栅氧', '化层', '界面']), 1]],
      c: [[termCounts(['器件', '电路']), 1]],
    };
    // BM25 ranks a first (it repeats the shared word); neither a nor b matched 栅氧化层 as a word.
    const hits = [
      { id: 'a', score: 10, terms: ['器件'] },
      { id: 'b', score: 9, terms: ['器件'] },
      { id: 'c', score: 8, terms: ['器件'] },
    ];
    const ranked = rerank(hits, query, () => 1, (id) => profiles[id]);
    expect(ranked.map((h) => h.id)).toEqual(['b', 'a', 'c']);
    expect(ranked[0].score).toBeLessThanOrEqual(10);
  });
});
