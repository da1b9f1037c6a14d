import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';

/** Pings Redis (when REDIS_URL is set) on a connection of its own, so a check never queues behind subscriptions. */
@Injectable()
export class RedisHealth implements OnModuleInit, OnApplicationShutdown {
  private readonly client?: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    // No offline queue: while Redis is away a ping fails at once instead of waiting for a reconnect.
    if (config.redisUrl) this.client = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // Connection errors are what the check reports; ioredis keeps reconnecting in the background.
    this.client?.on('error', () => undefined);
  }

  get configured(): boolean {
    return !!this.client;
  }

  onModuleInit(): void {
    this.client?.connect().catch(() => undefined);
  }

  check(key: string) {
    return this.indicators
      .check(key)
      .attempt(async () => {
        const client = this.client!;
        // Right after start-up the first connection may still be opening: wait for it (bounded by the timeout).
        if (client.status === 'connecting' || client.status === 'connect') await new Promise((ready) => client.once('ready', ready));
        await client.ping();
      })
      .withTimeout(1000);
  }

  onApplicationShutdown(): void {
    this.client?.disconnect();
  }
}
