import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode, ErrorDetails } from '../errors/domain-error';
import type { Text } from '../i18n/text';

/**
 * A refusal before execution. The DomainError inside lets `formatGraphQLError` map it like any
 * business error (Apollo wraps validation errors but keeps the original); the HTTP status is 400.
 */
export function tooComplex(message: Text, details: ErrorDetails): GraphQLError {
  const domain = new DomainError(ErrorCode.QUERY_TOO_COMPLEX, message, details);
  return new GraphQLError(domain.message, { originalError: domain, extensions: { code: domain.code, http: { status: 400 } } });
}
