import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Window {
  hits: number;
  resetAt: number;
  blockedUntil: number;
}

/**
 * One fixed window per key: count, window end, block end. Time comes from the app's Clock (so tests
 * can advance it) and is passed to Redis rather than read there.
 */
const REDIS_INCREMENT = `
local now, ttl, limit, block = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local w = redis.call('HMGET', KEYS[1], 'hits', 'resetAt', 'blockedUntil')
local hits, resetAt, blockedUntil = tonumber(w[1]) or 0, tonumber(w[2]) or 0, tonumber(w[3]) or 0
if blockedUntil <= now and resetAt <= now then hits, resetAt, blockedUntil = 0, now + ttl, 0 end
if blockedUntil <= now then
  hits = hits + 1
  if hits > limit then blockedUntil = now + block end
end
redis.call('HSET', KEYS[1], 'hits', hits, 'resetAt', resetAt, 'blockedUntil', blockedUntil)
redis.call('PEXPIRE', KEYS[1], math.max(resetAt, blockedUntil) - now + 1000)
return { hits, resetAt, blockedUntil }
`;

/** Counts for the rate limiter: in this process, or in Redis (REDIS_URL) so every instance shares them. */
@Injectable()
export class RateLimitStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly redis?: Redis;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (config.redisUrl) this.redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true, keyPrefix: 'jiebang:rate:' });
  }

  async onModuleInit(): Promise<void> {
    await this.redis?.connect();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const now = this.clock.now().getTime();
    const w = this.redis ? await this.incrementRedis(key, now, ttl, limit, blockDuration) : this.incrementLocal(key, now, ttl, limit, blockDuration);
    const isBlocked = w.blockedUntil > now;
    return {
      totalHits: w.hits,
      timeToExpire: Math.max(0, Math.ceil((w.resetAt - now) / 1000)),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil((w.blockedUntil - now) / 1000) : 0,
    };
  }

  private incrementLocal(key: string, now: number, ttl: number, limit: number, block: number): Window {
    let w = this.windows.get(key);
    if (!w || (w.blockedUntil <= now && w.resetAt <= now)) {
      if (this.windows.size > 100_000) this.sweep(now);
      w = { hits: 0, resetAt: now + ttl, blockedUntil: 0 };
      this.windows.set(key, w);
    }
    if (w.blockedUntil <= now && ++w.hits > limit) w.blockedUntil = now + block;
    return w;
  }

  /** Forget ended windows so a flood of distinct IPs cannot grow the map without bound. */
  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now && w.blockedUntil <= now) this.windows.delete(key);
  }

  private async incrementRedis(key: string, now: number, ttl: number, limit: number, block: number): Promise<Window> {
    const [hits, resetAt, blockedUntil] = (await this.redis!.eval(REDIS_INCREMENT, 1, key, now, ttl, limit, block)) as number[];
    return { hits, resetAt, blockedUntil };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
