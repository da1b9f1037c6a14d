import { Injectable, Logger } from '@nestjs/common';

import type { LedgerRecord } from '../../modules/ledger/ledger.service';
import type { Talent } from '../../modules/talents/talent.entity';

/** What changed, after the transaction that changed it committed. */
export type DomainEvent =
  /** `remote`: committed by another instance, relayed through Redis (see ClusterEvents). */
  | { type: 'demands.changed'; ids: string[]; remote?: boolean }
  /** `rows`: the talents as written, when the emitter has them (spares the index a read back). */
  | { type: 'talents.changed'; ids: string[]; remote?: boolean; rows?: Talent[] }
  /** Ledger entries written by a committed transaction of the API (notifications are made from them). */
  | { type: 'ledger.appended'; entries: LedgerRecord[] }
  /** Rows found in the change log (written by any process, this one included) and re-indexed. */
  | { type: 'changes.logged'; ids: string[] }
  /** The taxonomy changed (names, aliases, tree): cached answers that show industries are stale. */
  | { type: 'industries.changed'; ids: string[] };

type Handler = (event: DomainEvent) => void | Promise<void>;

/**
 * An in-process event bus. Services emit only after their transaction committed, so a listener
 * (the search index) never sees a change that was rolled back; and they await it, so the
 * response to a change goes out once listeners caught up: the very next request sees it.
 * A listener's failure is logged, never turned into a failure of the committed change.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers: Handler[] = [];

  on(handler: Handler): void {
    this.handlers.push(handler);
  }

  async emit(event: DomainEvent): Promise<void> {
    if (('ids' in event ? event.ids : event.entries).length === 0) return;
    for (const handler of this.handlers) {
      try {
        await handler(event);
      } catch (e) {
        this.logger.error(`${event.type} listener failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}
