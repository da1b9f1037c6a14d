import { Lang, Text, text, toText } from '../i18n/text';

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

/** What people call the entities `notFound` names (details.entity keeps the English name). */
const ENTITY_NAMES: Record<string, string> = {
  Bid: '揭榜申请',
  Demand: '需求',
  DemandList: '榜单',
  'Demand list': '榜单',
  Industry: '产业',
  JoinRequest: '加入申请',
  Milestone: '里程碑',
  Organization: '单位',
  Review: '评审',
  Talent: '人才',
  User: '用户',
};

/**
 * The one business error type. Services throw it; `formatGraphQLError` turns it into a GraphQL error
 * in the language the request asked for. `message` is the Chinese; a plain string serves both languages.
 */
export class DomainError extends Error {
  readonly text: Text;

  constructor(
    readonly code: ErrorCode,
    message: string | Text,
    readonly details: ErrorDetails = {},
  ) {
    const t = toText(message);
    super(t.zh);
    this.text = t;
    this.name = 'DomainError';
  }

  messageIn(lang: Lang): string {
    return this.text[lang];
  }

  static badInput(field: string, message: string | Text, details: ErrorDetails = {}): DomainError {
    const t = toText(message);
    return new DomainError(ErrorCode.BAD_USER_INPUT, text(`${field}：${t.zh}`, `${field}: ${t.en}`), { field, ...details });
  }

  static notFound(entity: string, key: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, text(`${ENTITY_NAMES[entity] ?? entity} ${key} 不存在`, `${entity} ${key} not found`), { entity });
  }

  static forbidden(message: string | Text = text('无权执行此操作', 'You are not allowed to do this')): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message: string | Text = text('请先登录', 'Please sign in first')): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }

  static conflict(message: string | Text, details: ErrorDetails = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, details);
  }
}
