import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isReferenceOrRequiredViolation, isUniqueViolation, isUnstorableText } from '../../database/errors';
import { Lang, Text, text } from '../i18n/text';
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

/** graphql-js writes its request errors in English only: the Chinese says what kind of error it is first. */
const REQUEST_ERROR_CN: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义',
  BAD_USER_INPUT: '输入值无效',
};

/** A formatted error whose message (and problem reasons) are not yet in one language. */
type Mapped = Omit<GraphQLFormattedError, 'message'> & { message: Text };

/**
 * The single mapping from errors to what a client sees: domain errors keep their code and
 * details, GraphQL's own request errors pass through, anything else becomes a generic
 * INTERNAL_SERVER_ERROR so no stack trace or SQL leaks.
 */
function mapError(formatted: GraphQLFormattedError, error: unknown): Mapped {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.text,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...original.details, code: original.code },
    };
  }
  // A race that slipped past a service check: the database kept its constraint, the client gets a retry hint.
  if (isUniqueViolation(original)) {
    return {
      message: text('与同时写入的另一条记录冲突，请重试', 'This conflicts with a record written at the same time; try again'),
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  if (isReferenceOrRequiredViolation(original)) {
    logger.warn(`input reached a database constraint: ${(original as Error).message}`);
    return {
      message: text('输入引用了不存在的记录，或必填项为空', 'The input refers to a record that does not exist or leaves a required value empty'),
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  if (isUnstorableText(original)) {
    return { message: text('输入文本含有不允许的控制字符（NUL）', 'The input text holds a control character (NUL) that cannot be stored'), path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const code = formatted.extensions?.code;
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokens) {
    const limit = Number(tokens[1]);
    return {
      message: text(`查询过于复杂：文档超过 ${limit} 个词法单元，未予解析。`, `Query too complex: the document has more than ${limit} tokens and was not parsed.`),
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit },
    };
  }
  const own = (c: string) => text(`${REQUEST_ERROR_CN[c] ?? '请求无效'}：${formatted.message}`, formatted.message);
  // Request-level errors (parse, validation, variable coercion) have no path: nothing internal in them.
  if (!formatted.path && typeof code === 'string' && GRAPHQL_CODES.has(code)) {
    return { message: own(code), locations: formatted.locations, extensions: { code } };
  }
  // graphql-js's own request errors without a code, e.g. "Too many errors processing variables" after 50 bad values.
  if (!formatted.path && error instanceof GraphQLError && !error.originalError) {
    return { message: own(ErrorCode.BAD_USER_INPUT), locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(error));
  return {
    message: text('服务器内部错误', 'Internal server error'),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

const isText = (v: unknown): v is Text => !!v && typeof v === 'object' && typeof (v as Text).zh === 'string' && typeof (v as Text).en === 'string' && Object.keys(v).length === 2;

/**
 * One problem of `extensions.problems` in one language: an import problem's `reason` is the
 * Chinese or its `reasonEn` (not sent: a response speaks one language), other Text values are picked.
 */
function problemIn(problem: unknown, lang: Lang): unknown {
  if (!problem || typeof problem !== 'object' || Array.isArray(problem)) return problem;
  const { reasonEn, ...rest } = problem as Record<string, unknown>;
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, isText(v) ? v[lang] : v]));
  if (lang === 'en' && typeof reasonEn === 'string') out.reason = reasonEn;
  return out;
}

function inLanguage({ message, ...rest }: Mapped, lang: Lang): GraphQLFormattedError {
  const problems = rest.extensions?.problems;
  const extensions = Array.isArray(problems) ? { ...rest.extensions, problems: problems.map((p) => problemIn(p, lang)) } : rest.extensions;
  return { message: message[lang], ...rest, extensions };
}

/** The English of errors formatted for Apollo (which gives formatError no request), for `errorInLanguage`. */
const english = new WeakMap<GraphQLFormattedError, GraphQLFormattedError>();

/**
 * Apollo's formatError, and graphql-ws's with the connection's language. Without a language the
 * answer is the Chinese, and the English is kept aside for `errorInLanguage`.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, lang?: Lang): GraphQLFormattedError {
  const mapped = mapError(formatted, error);
  if (lang) return inLanguage(mapped, lang);
  const zh = inLanguage(mapped, 'zh');
  english.set(zh, inLanguage(mapped, 'en'));
  return zh;
}

/** An error `formatGraphQLError` made, in the language of the request. */
export const errorInLanguage = (formatted: GraphQLFormattedError, lang: Lang): GraphQLFormattedError =>
  lang === 'en' ? (english.get(formatted) ?? formatted) : formatted;
