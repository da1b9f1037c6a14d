/**
 * Finds every occurrence of a set of terms in a normalized text in one pass: a map from each
 * term's first two characters to the terms starting with them. Terms that begin or end with a
 * Latin letter or digit match whole words only (SiC must not match inside "silicon").
 */
export class TermScanner<V> {
  private readonly byPrefix = new Map<string, { term: string; value: V }[]>();
  private readonly singles = new Map<string, V>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [term, value] of entries) {
      if (!term) continue;
      if (term.length === 1) {
        this.singles.set(term, value);
        continue;
      }
      const key = term.slice(0, 2);
      const list = this.byPrefix.get(key) ?? [];
      list.push({ term, value });
      this.byPrefix.set(key, list);
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.term.length - a.term.length);
  }

  /** Every (term, value) found, left to right; overlapping matches are all reported. */
  scan(text: string): { term: string; value: V; at: number }[] {
    const found: { term: string; value: V; at: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      if (isWord(text[i - 1]) && isWord(text[i])) continue;
      const single = this.singles.get(text[i]);
      if (single !== undefined && !(isWord(text[i]) && isWord(text[i + 1]))) found.push({ term: text[i], value: single, at: i });
      for (const entry of this.byPrefix.get(text.slice(i, i + 2)) ?? []) {
        const end = i + entry.term.length;
        if (text.startsWith(entry.term, i) && !(isWord(entry.term[entry.term.length - 1]) && isWord(text[end]))) {
          found.push({ term: entry.term, value: entry.value, at: i });
        }
      }
    }
    return found;
  }
}

/** Latin letters and digits: the characters of words that must match whole. */
export function isWord(c: string | undefined): boolean {
  return c !== undefined && /[a-z0-9]/.test(c);
}
