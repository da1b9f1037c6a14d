import { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { formatGraphQLError } from '../errors/format-error';
import { languageOf } from '../i18n/accept-language';
import type { Lang } from '../i18n/text';

interface WsContext {
  connectionParams?: Record<string, unknown> | Readonly<Record<string, unknown>>;
  extra?: unknown;
}

/** A connection's language: `Accept-Language` in its connection params, else the upgrade request's header. */
export function connectionLanguage(ctx: WsContext | undefined): Lang {
  const params = ctx?.connectionParams ?? {};
  const param = params['accept-language'] ?? params['Accept-Language'];
  if (typeof param === 'string') return languageOf(param);
  return languageOf((ctx?.extra as { request?: IncomingMessage } | undefined)?.request?.headers['accept-language']);
}

/** graphql-ws sends errors as they are; give them the same codes and wording as HTTP answers. */
function format(error: GraphQLError, lang: Lang): GraphQLFormattedError {
  const json = error.toJSON();
  if (error.originalError || json.extensions?.code) return formatGraphQLError(json, error, lang);
  // Request errors found before execution carry no code in graphql-js itself.
  const code = error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
  return formatGraphQLError({ ...json, extensions: { ...json.extensions, code } }, error, lang);
}

export const subscriptionErrors = {
  onNext(ctx: WsContext, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult): FormattedExecutionResult | void {
    const lang = connectionLanguage(ctx);
    if (result.errors?.length) return { ...result, errors: result.errors.map((e) => format(e, lang)) };
  },
  onError(ctx: WsContext, _id: string, _payload: unknown, errors: readonly GraphQLError[]): GraphQLFormattedError[] {
    const lang = connectionLanguage(ctx);
    return errors.map((e) => format(e, lang));
  },
};
