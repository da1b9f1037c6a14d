/** Stable codes a client can branch on; mapped once to GraphQL `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_STATE_TRANSITION = 'INVALID_STATE_TRANSITION',
  CONFLICT = 'CONFLICT',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  /** Refused before it ran: too deep, too many aliases or tokens, or over the cost budget. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** An import file over a size, row, column or cell-length limit, refused before or while it is parsed; `limit` and `setting` name the limit. */
  IMPORT_TOO_LARGE = 'IMPORT_TOO_LARGE',
  /** Too many calls in a window; `retryAfter` says how many seconds to wait. */
  RATE_LIMITED = 'RATE_LIMITED',
}

export type ErrorDetails = Record<string, unknown>;

/** The one business error type. Services throw it; `formatGraphQLError` turns it into a GraphQL error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string, details: ErrorDetails = {}): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field, ...details });
  }

  static notFound(entity: string, key: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${entity} ${key} not found`, { entity });
  }

  static forbidden(message = '无权执行此操作'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = '请先登录'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(message: string, details: ErrorDetails = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, details);
  }
}
