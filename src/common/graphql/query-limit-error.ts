import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, ErrorDetails } from '../errors/domain-error';

/**
 * A refusal before execution. The DomainError inside lets `formatGraphQLError` map it like any
 * business error (Apollo wraps validation errors but keeps the original); the HTTP status is 400.
 */
export function tooComplex(message: string, details: ErrorDetails): GraphQLError {
  const domain = new DomainError(ErrorCode.QUERY_TOO_COMPLEX, message, details);
  return new GraphQLError(message, { originalError: domain, extensions: { code: domain.code, http: { status: 400 } } });
}
