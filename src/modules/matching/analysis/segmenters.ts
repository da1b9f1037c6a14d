import type { Jieba } from '@node-rs/jieba';

export const SEGMENTERS = ['intl', 'jieba'] as const;
export type SegmenterName = (typeof SEGMENTERS)[number];

/** Cuts Chinese runs, joined by '\n', into words, with a '\n' between two runs' words. */
export type Segmenter = (runs: string) => string[];

const intl = new Intl.Segmenter('zh', { granularity: 'word' });

// Loaded on first use, once per process (≈0.2 s): the default never reads jieba's dictionary.
let jieba: Jieba | undefined;
function loadJieba(): Jieba {
  if (!jieba) {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict');
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

/**
 * ICU's dictionary (Intl.Segmenter), or jieba's (@node-rs/jieba, a larger dictionary that knows
 * more technical words). Jieba runs without its HMM: its guesses at unknown words are what the
 * analyzer's gluing of single characters already does.
 */
export function segmenter(name: SegmenterName): Segmenter {
  if (name === 'intl') return (runs) => Array.from(intl.segment(runs), (s) => s.segment);
  const cutter = loadJieba();
  return (runs) => cutter.cut(runs, false);
}
