import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';

export const TOPICS = { notification: 'jiebang.notification', demand: 'jiebang.demand' } as const;

// Timestamps travel through Redis as JSON text; they come back as Dates (calendar dates stay text).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const reviveDates = (_key: string, value: unknown) => (typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value);

/**
 * The publish/subscribe bus of GraphQL subscriptions: in-process by default; with REDIS_URL, shared
 * by every instance, so a subscriber hears of a change whichever instance made it.
 */
@Injectable()
export class SubscriptionBus implements OnModuleInit, OnApplicationShutdown {
  readonly engine: PubSubEngine & { asyncIterableIterator<T>(triggers: string | readonly string[]): AsyncIterableIterator<T> };
  private readonly redis: Redis[] = [];
  /** Whether the bus reaches other instances (Redis). */
  readonly shared: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.shared = !!config.redisUrl;
    if (!config.redisUrl) {
      this.engine = new PubSub();
      return;
    }
    const connect = () => {
      // Connected in onModuleInit: a SUBSCRIBE sent before the ready check would make ioredis's INFO fail.
      const client = new Redis(config.redisUrl!, { maxRetriesPerRequest: 3, lazyConnect: true });
      this.redis.push(client);
      return client;
    };
    this.engine = new RedisPubSub({ publisher: connect(), subscriber: connect(), reviver: reviveDates });
  }

  async onModuleInit(): Promise<void> {
    await Promise.all(this.redis.map((r) => r.connect()));
  }

  publish(topic: string, payload: unknown): Promise<void> {
    return this.engine.publish(topic, payload);
  }

  iterator<T>(topic: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topic);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.engine instanceof RedisPubSub) await this.engine.close();
  }
}
