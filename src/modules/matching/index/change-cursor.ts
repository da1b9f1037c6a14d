interface Gap {
  from: number;
  to: number;
  since: number;
}

/** Past this many open gaps, neighbours merge (a merged gap may hold seen numbers: a refresh is idempotent). */
const MAX_GAPS = 50;

/**
 * Where the index stands in the search_change log. PostgreSQL hands out sequence numbers before
 * commit, so number 12 can become visible before 11: a skipped number stays an open gap, looked up
 * again at every poll, until it appears or is older than the longest transaction we wait for
 * (a rolled-back one never appears). SQLite commits one writer at a time, so it has no gaps.
 */
export class ChangeCursor {
  private gaps: Gap[] = [];

  constructor(
    public top: number,
    private readonly gapMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The open gaps to look up again, as inclusive ranges. */
  get openGaps(): ReadonlyArray<{ from: number; to: number }> {
    const cutoff = this.now() - this.gapMs;
    this.gaps = this.gaps.filter((g) => g.since >= cutoff);
    return this.gaps;
  }

  /** New numbers above the top, ascending. */
  advance(seqs: number[]): void {
    for (const s of seqs) {
      if (s <= this.top) continue;
      if (s > this.top + 1) this.gaps.push({ from: this.top + 1, to: s - 1, since: this.now() });
      this.top = s;
    }
    while (this.gaps.length > MAX_GAPS) {
      const [a, b] = this.gaps.splice(0, 2);
      this.gaps.unshift({ from: a.from, to: b.to, since: Math.min(a.since, b.since) });
    }
  }

  /** Numbers that appeared inside gaps. */
  fill(seqs: number[]): void {
    for (const s of seqs) {
      const i = this.gaps.findIndex((g) => g.from <= s && s <= g.to);
      if (i < 0) continue;
      const g = this.gaps[i];
      const parts = [
        { ...g, to: s - 1 },
        { ...g, from: s + 1 },
      ].filter((p) => p.from <= p.to);
      this.gaps.splice(i, 1, ...parts);
    }
  }
}
