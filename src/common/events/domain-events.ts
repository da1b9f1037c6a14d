import { Injectable } from '@nestjs/common';

/** What changed, after the transaction that changed it committed. */
export type DomainEvent = { type: 'demands.changed'; ids: string[] } | { type: 'talents.changed'; ids: string[] };

type Handler = (event: DomainEvent) => void;

/**
 * A synchronous in-process event bus. Services emit only after their transaction committed, so
 * a listener (the search index) never sees a change that was rolled back, and the very next
 * request already sees the change.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers: Handler[] = [];

  on(handler: Handler): void {
    this.handlers.push(handler);
  }

  emit(event: DomainEvent): void {
    if (!event.ids.length) return;
    for (const handler of this.handlers) handler(event);
  }
}
