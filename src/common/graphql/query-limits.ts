import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { DocumentNode, GraphQLError, GraphQLSchema, ValidationContext, ValidationRule, parse, specifiedRules, validate } from 'graphql';
import type { QueryLimits } from '../../config/app-config';
import { Text, text } from '../i18n/text';
import { costError } from './query-cost';
import { tooComplex } from './query-limit-error';

/** Typed as the Nest driver sees Apollo (its ESM build), not @apollo/server's CJS types. */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** The numbers graphql-armor puts in its message ("… limit of 7 exceeded, found 9."). */
function found(error: GraphQLError): number | undefined {
  const m = /found (\d+)/.exec(error.message);
  return m ? Number(m[1]) : undefined;
}

/**
 * Depth, alias, token and cost limits of one configuration, checked before anything runs on every
 * transport: Apollo's parse options, validation rules and a plugin for HTTP; graphql-ws's
 * `onSubscribe` hook for subscriptions (graphql-ws runs none of Apollo's).
 */
export class QueryLimiter {
  private schema?: GraphQLSchema;

  constructor(readonly limits: QueryLimits) {}

  get parseOptions() {
    return { maxTokens: this.limits.maxTokens };
  }

  /** Depth and alias limits as validation rules. */
  get rules(): ValidationRule[] {
    const reject = (label: Text, key: string, limit: number) => (ctx: ValidationContext | null, error: GraphQLError) => {
      const actual = found(error);
      const message = text(`查询过于复杂：${label.zh} ${actual ?? ''}，超过上限 ${limit}。`, `Query too complex: ${label.en} ${actual ?? ''}, over the limit of ${limit}.`);
      ctx?.reportError(tooComplex(message, { [key]: actual, limit }));
    };
    const { maxDepth, maxAliases } = this.limits;
    return [
      maxDepthRule({ n: maxDepth, onReject: [reject(text('嵌套层数', 'depth'), 'depth', maxDepth)], propagateOnRejection: false }),
      maxAliasesRule({ n: maxAliases, onReject: [reject(text('别名数', 'aliases'), 'aliases', maxAliases)], propagateOnRejection: false }),
    ];
  }

  /** Costs every HTTP operation after validation and refuses it over budget; keeps the schema for subscriptions. */
  plugin(): ApolloPlugin {
    const { maxCost } = this.limits;
    return {
      serverWillStart: async ({ schema }: { schema: GraphQLSchema }) => {
        this.schema = schema;
      },
      requestDidStart: async () => ({
        async didResolveOperation({ schema, document, request, operationName }: { schema: GraphQLSchema; document: DocumentNode; request: { variables?: Record<string, unknown> }; operationName?: string | null }) {
          const error = costError({ schema, document, variables: request.variables, operationName }, maxCost);
          if (error) throw error;
        },
      }),
    };
  }

  /** graphql-ws `onSubscribe`: the same limits, before graphql-ws parses and validates on its own. */
  readonly onSubscribe = (_ctx: unknown, _id: string, payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }): readonly GraphQLError[] | void => {
    let document: DocumentNode;
    try {
      document = parse(payload.query, this.parseOptions);
    } catch (e) {
      return [e instanceof GraphQLError ? e : new GraphQLError(String(e))];
    }
    if (!this.schema) return;
    const errors = validate(this.schema, document, [...specifiedRules, ...this.rules]);
    if (errors.length) return errors;
    const cost = costError({ schema: this.schema, document, variables: payload.variables ?? {}, operationName: payload.operationName }, this.limits.maxCost);
    if (cost) return [cost];
  };
}
