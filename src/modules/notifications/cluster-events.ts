import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainEvent, DomainEvents } from '../../common/events/domain-events';
import { SubscriptionBus } from './pub-sub';

const CHANNEL = 'jiebang.domain-events';

interface Relayed {
  from: string;
  event: DomainEvent;
}

/**
 * With Redis, each instance relays its committed demand and talent changes to the others, whose
 * search indexes then refresh as for their own changes (a replica finds a demand published on
 * another one within moments). Without Redis there is one instance and nothing to relay.
 */
@Injectable()
export class ClusterEvents implements OnApplicationBootstrap {
  private readonly instance = randomUUID();

  constructor(
    private readonly bus: SubscriptionBus,
    private readonly events: DomainEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.bus.shared) return;
    await this.bus.engine.subscribe(
      CHANNEL,
      (message: Relayed) => {
        if (message.from !== this.instance) void this.events.emit({ ...message.event, remote: true } as DomainEvent);
      },
      {},
    );
    this.events.on(async (event) => {
      if ((event.type === 'demands.changed' || event.type === 'talents.changed') && !event.remote) {
        // Ids only: each replica reads the rows from the shared database.
        await this.bus.publish(CHANNEL, { from: this.instance, event: { type: event.type, ids: event.ids } } satisfies Relayed);
      }
    });
  }
}
