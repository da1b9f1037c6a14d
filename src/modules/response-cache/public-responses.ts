/** One stored answer: the JSON body exactly as Apollo wrote it, and the headers that describe it. */
export interface StoredResponse {
  body: Buffer;
  headers: Record<string, string>;
  operation?: string;
  expires: number;
}

/**
 * Answers to anonymous GraphQL queries, keyed by the request body, for a short time. Bounded by
 * total bytes (oldest out first); concurrent misses for one key wait for the first (single flight),
 * so an invalidation under load runs the query once, not once per connection.
 */
export class PublicResponses {
  private readonly entries = new Map<string, StoredResponse>();
  private readonly inFlight = new Map<string, Promise<StoredResponse | undefined>>();
  private bytes = 0;
  /** Bumped by clear(): an answer computed before a change is not stored after it. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): StoredResponse | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expires > this.now()) return entry;
    if (entry) this.delete(key);
    return undefined;
  }

  /** The pending computation of this key, if another request is computing it. */
  pending(key: string): Promise<StoredResponse | undefined> | undefined {
    return this.inFlight.get(key);
  }

  /** Marks the key as being computed; call the returned function with the answer (or nothing). */
  begin(key: string): (answer?: Omit<StoredResponse, 'expires'>) => void {
    let settle!: (entry: StoredResponse | undefined) => void;
    this.inFlight.set(key, new Promise((resolve) => (settle = resolve)));
    const generation = this.generation;
    return (answer) => {
      this.inFlight.delete(key);
      const fresh = answer && generation === this.generation && answer.body.length <= this.maxBytes / 8;
      const entry = fresh ? { ...answer, expires: this.now() + this.ttlMs } : undefined;
      if (entry) this.put(key, entry);
      settle(entry);
    };
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  private put(key: string, entry: StoredResponse): void {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += key.length + entry.body.length;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= key.length + entry.body.length;
  }
}
