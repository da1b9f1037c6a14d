import express, { NextFunction, Request, Response } from 'express';
import { requestLanguage } from '../i18n/accept-language';
import { Text, text, toText } from '../i18n/text';

/** A refusal written before GraphQL sees the request, in the same shape as GraphQL's own errors and in the request's language. */
export function sendHttpError(res: Response, status: number, code: string, message: string | Text, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message: toText(message)[requestLanguage(res.req)], extensions: { code, ...extra } }] });
}

/** The answer to a body that is not JSON, wherever it is read. */
export const invalidJson = (res: Response, status = 400): void => sendHttpError(res, status, 'BAD_REQUEST', text('请求体不是有效的 JSON。', 'The request body is not valid JSON.'));

/** Bodies read before Express (by the response cache): parsed, or `invalid` when not JSON. */
export const bodiesReadEarly = new WeakMap<object, { parsed?: unknown; invalid?: boolean }>();

function kb(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

/**
 * The JSON body of /graphql: small for everyone, larger only for admins, the only callers that
 * send imported spreadsheets. The token is checked only when a body is larger than the small limit.
 */
export function graphqlBodyParser(limits: { graphql: number; admin: number }, isAdmin: (authorization?: string) => Promise<boolean>) {
  const small = express.json({ limit: limits.graphql });
  const large = express.json({ limit: limits.admin });
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const early = bodiesReadEarly.get(req);
    if (early?.invalid) return invalidJson(res);
    if (early) {
      req.body = early.parsed;
      return next();
    }
    const declared = Number(req.headers['content-length'] ?? NaN);
    const admin = !(declared <= limits.graphql) && (await isAdmin(req.headers.authorization).catch(() => false));
    const limit = admin ? limits.admin : limits.graphql;
    (admin ? large : small)(req, res, (err?: { type?: string; status?: number }) => {
      if (!err) return next();
      if (err.type === 'entity.too.large') {
        const message = text(
          `请求体超过上限 ${kb(limit)}（导入文件仅限管理员，上限 ${kb(limits.admin)}）。`,
          `The request body is over the limit of ${kb(limit)} (import files are for admins only, up to ${kb(limits.admin)}).`,
        );
        return sendHttpError(res, 413, 'PAYLOAD_TOO_LARGE', message, { limit });
      }
      invalidJson(res, err.status && err.status < 500 ? err.status : 400);
    });
  };
}
