/** One limit: at most `limit` calls per `windowMs`, after which the caller waits out the window. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

export interface RateLimits {
  /** RATE_LIMIT_ENABLED=false turns every limit off (load and fuzz tests on loopback). */
  enabled: boolean;
  /** login and register, per client IP (RATE_LIMIT_AUTH). */
  auth: RateRule;
  /** importDemands and importTalents, per account (RATE_LIMIT_IMPORTS). */
  imports: RateRule;
  /** every mutation, per account (RATE_LIMIT_MUTATIONS). */
  mutationsPerAccount: RateRule;
  /** every mutation, per client IP, signed in or not (RATE_LIMIT_MUTATIONS_PER_IP). */
  mutationsPerIp: RateRule;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };
const RULE = /^(\d+)\/(\d*)([smh])$/;

export class RateLimitConfigError extends Error {}

function rule(env: NodeJS.ProcessEnv, name: string, fallback: string): RateRule {
  const raw = (env[name] ?? fallback).trim();
  const m = RULE.exec(raw);
  if (!m || Number(m[1]) < 1) throw new RateLimitConfigError(`${name} must look like 20/1m (calls per window: s, m or h), got "${raw}"`);
  return { limit: Number(m[1]), windowMs: Number(m[2] || 1) * UNIT_MS[m[3]] };
}

export function loadRateLimits(env: NodeJS.ProcessEnv): RateLimits {
  return {
    enabled: env.RATE_LIMIT_ENABLED !== 'false',
    auth: rule(env, 'RATE_LIMIT_AUTH', '20/1m'),
    imports: rule(env, 'RATE_LIMIT_IMPORTS', '10/10m'),
    mutationsPerAccount: rule(env, 'RATE_LIMIT_MUTATIONS', '60/1m'),
    mutationsPerIp: rule(env, 'RATE_LIMIT_MUTATIONS_PER_IP', '300/1m'),
  };
}
