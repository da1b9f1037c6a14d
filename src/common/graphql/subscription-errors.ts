import { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import { formatGraphQLError } from '../errors/format-error';

/** graphql-ws sends errors as they are; give them the same codes and wording as HTTP answers. */
function format(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  if (error.originalError || json.extensions?.code) return formatGraphQLError(json, error);
  // Request errors found before execution carry no code in graphql-js itself.
  const code = error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
  return formatGraphQLError({ ...json, extensions: { ...json.extensions, code } }, error);
}

export const subscriptionErrors = {
  onNext(_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult): FormattedExecutionResult | void {
    if (result.errors?.length) return { ...result, errors: result.errors.map(format) };
  },
  onError(_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]): GraphQLFormattedError[] {
    return errors.map(format);
  },
};
