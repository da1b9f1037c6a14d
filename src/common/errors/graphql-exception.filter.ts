import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to GraphQL unchanged, so `formatGraphQLError` is the one place that
 * maps them (and logs only the unexpected ones, not every business error).
 */
@Catch()
export class GraphQLExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
