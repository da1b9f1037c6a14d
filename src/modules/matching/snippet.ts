import { normalize } from './analysis/analyzer';

const RADIUS = 40;

/**
 * The part of a text around its first matched word, every matched word wrapped in 【】. Words are
 * found in the NFKC-normalised, lower-cased text; NFKC keeps the length of CJK and ASCII text, so
 * positions carry over to the original.
 */
export function snippet(text: string, words: string[]): string {
  const norm = normalize(text);
  const sameLength = norm.length === text.length;
  const marks: [number, number][] = [];
  for (const w of words.filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = norm.indexOf(w); at >= 0; at = norm.indexOf(w, at + w.length)) {
      if (!marks.some(([s, e]) => at < e && at + w.length > s)) marks.push([at, at + w.length]);
    }
  }
  const source = sameLength ? text : norm;
  if (!marks.length) return source.slice(0, RADIUS * 2) + (source.length > RADIUS * 2 ? '…' : '');
  marks.sort((a, b) => a[0] - b[0]);
  const start = Math.max(0, marks[0][0] - RADIUS / 2);
  const end = Math.min(source.length, start + RADIUS * 2);
  let out = '';
  let pos = start;
  for (const [s, e] of marks.filter(([s, e]) => s >= start && e <= end)) {
    out += `${source.slice(pos, s)}【${source.slice(s, e)}】`;
    pos = e;
  }
  return `${start > 0 ? '…' : ''}${out}${source.slice(pos, end)}${end < source.length ? '…' : ''}`;
}
