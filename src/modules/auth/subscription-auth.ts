import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import { connectionLanguage } from '../../common/graphql/subscription-errors';
import type { RequestContextFactory } from './request-context.factory';

interface WsContext {
  connectionParams?: Record<string, unknown>;
  extra: unknown;
}

type OnNext = (ctx: WsContext, id: string, payload: unknown, args: unknown, result: ExecutionResult) => FormattedExecutionResult | void;

/**
 * A graphql-ws connection is authenticated once, at connect; a password change or a disabled
 * account must still end it. Each event is checked against the token before it goes out: if the
 * token no longer holds, the socket closes with 4403 (as at connect) and the event carries nothing.
 */
export function revalidateOnNext(contexts: RequestContextFactory, next: OnNext) {
  return async (ctx: WsContext, id: string, payload: unknown, args: unknown, result: ExecutionResult): Promise<FormattedExecutionResult | void> => {
    const caller = await contexts.fromConnectionParams(ctx.connectionParams);
    if (caller.authError) {
      (ctx.extra as { socket?: { close(code: number, reason: string): void } }).socket?.close(4403, 'Forbidden');
      return { data: null, errors: [{ message: caller.authError[connectionLanguage(ctx)], extensions: { code: 'UNAUTHENTICATED' } }] };
    }
    return next(ctx, id, payload, args, result);
  };
}
