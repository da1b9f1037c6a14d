import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isReferenceOrRequiredViolation, isUniqueViolation, isUnstorableText } from '../../database/errors';
import { DomainError, ErrorCode } from './domain-error';

const logger = new Logger('GraphQLError');

/** Codes GraphQL itself raises for malformed requests; they carry no internals and pass through. */
const GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** graphql-js's wording ("more that" in graphql 16) when `parseOptions.maxTokens` stops a parse. */
const TOKEN_LIMIT = /contains more tha[nt] (\d+) tokens/;

/**
 * The single mapping from errors to what a client sees: domain errors keep their code and
 * details, GraphQL's own request errors pass through, anything else becomes a generic
 * INTERNAL_SERVER_ERROR so no stack trace or SQL leaks.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...original.details, code: original.code },
    };
  }
  // A race that slipped past a service check: the database kept its constraint, the client gets a retry hint.
  if (isUniqueViolation(original)) {
    return { message: 'This conflicts with a record written at the same time; try again', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  if (isReferenceOrRequiredViolation(original)) {
    logger.warn(`input reached a database constraint: ${(original as Error).message}`);
    return { message: 'The input refers to a record that does not exist or leaves a required value empty', path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (isUnstorableText(original)) {
    return { message: '输入文本含有不允许的控制字符（NUL）', path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const code = formatted.extensions?.code;
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    const limit = Number(tokens[1]);
    return { message: `查询过于复杂：文档超过 ${limit} 个词法单元，未予解析。`, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } };
  }
  // Request-level errors (parse, validation, variable coercion) have no path: nothing internal in them.
  if (!formatted.path && typeof code === 'string' && GRAPHQL_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  // graphql-js's own request errors without a code, e.g. "Too many errors processing variables" after 50 bad values.
  if (!formatted.path && error instanceof GraphQLError && !error.originalError) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(error));
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
