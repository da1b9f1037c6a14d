/** Stable codes a client can branch on; mapped once to GraphQL `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_STATE_TRANSITION = 'INVALID_STATE_TRANSITION',
  CONFLICT = 'CONFLICT',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  /** Too many attempts; `extensions.retryAfter` gives the seconds to wait. */
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

  static forbidden(message = 'You may not do this'): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'Sign in first'): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(message: string, details: ErrorDetails = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, details);
  }
}
