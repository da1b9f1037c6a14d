import { describe, expect, it } from 'vitest';
import { splitSnippet } from './snippet';

describe('splitSnippet', () => {
  it('marks the words between 【】 and keeps the rest plain', () => {
    expect(splitSnippet('…提升【碳化硅】MOSFET的【栅氧】可靠性')).toEqual([
      { text: '…提升', mark: false },
      { text: '碳化硅', mark: true },
      { text: 'MOSFET的', mark: false },
      { text: '栅氧', mark: true },
      { text: '可靠性', mark: false },
    ]);
  });

  it('joins adjacent marks and drops empty pieces', () => {
    expect(splitSnippet('【碳化硅】【栅氧】')).toEqual([{ text: '碳化硅栅氧', mark: true }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('keeps an unclosed bracket and markup as plain text', () => {
    expect(splitSnippet('<b>x</b>【未闭合')).toEqual([{ text: '<b>x</b>【未闭合', mark: false }]);
  });
});
