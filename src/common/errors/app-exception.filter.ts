import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { requestLanguage } from '../i18n/accept-language';
import { text } from '../i18n/text';
import { DomainError, ErrorCode } from './domain-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_STATE_TRANSITION: 409,
  CONFLICT: 409,
  CONFLICT_OF_INTEREST: 409,
  QUERY_TOO_COMPLEX: 400,
  PAYLOAD_TOO_LARGE: 413,
  IMPORT_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

const INTERNAL = text('服务器内部错误', 'Internal server error');

/**
 * The one exception filter. GraphQL errors go back to GraphQL unchanged, so `formatGraphQLError`
 * maps them; the few plain HTTP routes (downloads) answer in the same shape: { errors: [{ message, extensions: { code } }] },
 * in the request's language.
 */
@Catch()
export class AppExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger(AppExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    const lang = requestLanguage(host.switchToHttp().getRequest<Request>());
    if (exception instanceof DomainError) {
      res.status(HTTP_STATUS[exception.code]).json({ errors: [{ message: exception.messageIn(lang), extensions: { ...exception.details, code: exception.code } }] });
    } else if (exception instanceof HttpException) {
      // Nest's own wording ("Cannot GET /x") is English: the Chinese says what it means first.
      const notFound = exception.getStatus() === 404;
      const message = text(`${notFound ? '地址不存在' : '请求无效'}：${exception.message}`, exception.message);
      res.status(exception.getStatus()).json({ errors: [{ message: message[lang], extensions: { code: notFound ? 'NOT_FOUND' : 'BAD_REQUEST' } }] });
    } else {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      res.status(500).json({ errors: [{ message: INTERNAL[lang], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
    return undefined;
  }
}
