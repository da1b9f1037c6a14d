import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerOptions } from '@nestjs/throttler';
import type { RequestContext } from '../../common/auth/request-context';
import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import type { RateRule } from '../../config/rate-limit-config';
import { RateLimitStorage } from './rate-limit.storage';
import { Text, text } from '../../common/i18n/text';

const AUTH = new Set(['login', 'register']);
const IMPORTS = new Set(['importDemands', 'importTalents']);

/** A limit's reach: which mutations it counts, whom it counts (client IP or account), and its words for people. */
interface Scope {
  name: string;
  rule: RateRule;
  applies: (mutation: string) => boolean;
  by: 'ip' | 'account';
  label: Text;
}

interface Call {
  mutation: string;
  ctx: RequestContext;
}

/** The GraphQL mutation being called, or null for queries, subscriptions and plain HTTP routes. */
function mutationOf(context: ExecutionContext): Call | null {
  if (context.getType<string>() !== 'graphql') return null;
  const gql = GqlExecutionContext.create(context);
  const info = gql.getInfo<{ parentType: { name: string }; fieldName: string }>();
  if (info.parentType.name !== 'Mutation') return null;
  return { mutation: info.fieldName, ctx: gql.getContext<RequestContext>() };
}

function minutes(ms: number): Text {
  if (ms >= 3_600_000) return text(`${ms / 3_600_000} 小时`, `${ms / 3_600_000} h`);
  return ms >= 60_000 ? text(`${ms / 60_000} 分钟`, `${ms / 60_000} min`) : text(`${ms / 1000} 秒`, `${ms / 1000} s`);
}

/**
 * @nestjs/throttler's guard over GraphQL mutations: login and register per IP, imports per account,
 * and every mutation per account and per IP. Counts are shared across mutations of one scope.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  private readonly scopes: Scope[];

  // Explicit tokens: the base class's own @Inject decorators would otherwise apply to these positions.
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, @Inject(RateLimitStorage) storage: RateLimitStorage, @Inject(Reflector) reflector: Reflector) {
    const r = config.rateLimits;
    const scopes: Scope[] = [
      { name: 'auth', rule: r.auth, applies: (m) => AUTH.has(m), by: 'ip', label: text('登录和注册', 'sign-ins and sign-ups') },
      { name: 'imports', rule: r.imports, applies: (m) => IMPORTS.has(m), by: 'account', label: text('导入', 'imports') },
      { name: 'account', rule: r.mutationsPerAccount, applies: () => true, by: 'account', label: text('本账号的写操作', 'changes by this account') },
      { name: 'ip', rule: r.mutationsPerIp, applies: () => true, by: 'ip', label: text('本地址的写操作', 'changes from this address') },
    ];
    const throttlers: ThrottlerOptions[] = scopes.map((s) => ({
      name: s.name,
      limit: s.rule.limit,
      ttl: s.rule.windowMs,
      skipIf: (context: ExecutionContext) => {
        const call = mutationOf(context);
        return !call || !s.applies(call.mutation) || (s.by === 'account' && !call.ctx.principal);
      },
      getTracker: (req: Record<string, any>, context: ExecutionContext) =>
        s.by === 'ip' ? `ip:${req.ip ?? 'unknown'}` : `user:${mutationOf(context)?.ctx.principal?.userId}`,
      // One count per scope and caller, whichever mutation of the scope is called.
      generateKey: (_context: ExecutionContext, tracker: string, name: string) => `${name}:${tracker}`,
    }));
    super({ throttlers }, storage, reflector);
    this.scopes = scopes;
  }

  protected override async shouldSkip(): Promise<boolean> {
    return !this.config.rateLimits.enabled;
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, any>; res: Record<string, any> } {
    const req = mutationOf(context)?.ctx.req ?? {};
    return { req, res: (req as { res?: Record<string, any> }).res ?? {} };
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const scope = this.scopes.find((s) => detail.key.startsWith(`${s.name}:`));
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    const window = scope && minutes(scope.rule.windowMs);
    const what = scope && window ? text(`${scope.label.zh}每 ${window.zh}最多 ${scope.rule.limit} 次`, `at most ${scope.rule.limit} ${scope.label.en} per ${window.en}`) : text('操作次数已达上限', 'the limit is reached');
    const message = text(`操作过于频繁：${what.zh}，请 ${retryAfter} 秒后再试。`, `Too many requests: ${what.en}; try again in ${retryAfter} s.`);
    throw new DomainError(ErrorCode.RATE_LIMITED, message, { retryAfter, limit: detail.limit });
  }
}
