interface Entry<V> {
  score: number;
  order: number;
  value: V;
}

/** a ranks below b: lower score, or the same score seen later (ties keep first-seen order, like a stable sort). */
const below = <V>(a: Entry<V>, b: Entry<V>) => a.score < b.score || (a.score === b.score && a.order > b.order);

/** The k best entries of a stream, in a binary heap whose root is the worst kept. */
export class TopK<V> {
  private readonly heap: Entry<V>[] = [];

  constructor(private readonly k: number) {}

  /** Whether an entry would be kept (cheap: call before costly checks such as filters). */
  admits(score: number, order: number): boolean {
    if (this.k <= 0) return false;
    if (this.heap.length < this.k) return true;
    const worst = this.heap[0];
    return worst.score < score || (worst.score === score && worst.order > order);
  }

  add(score: number, order: number, value: V): void {
    const entry = { score, order, value };
    const { heap } = this;
    if (heap.length < this.k) {
      heap.push(entry);
      this.up(heap.length - 1);
    } else if (below(heap[0], entry)) {
      heap[0] = entry;
      this.down(0);
    }
  }

  /** Best first. */
  sorted(): Entry<V>[] {
    return [...this.heap].sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
  }

  private up(i: number): void {
    const { heap } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!below(heap[i], heap[parent])) return;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private down(i: number): void {
    const { heap } = this;
    for (;;) {
      let worst = i;
      for (const child of [2 * i + 1, 2 * i + 2]) if (child < heap.length && below(heap[child], heap[worst])) worst = child;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  }
}
