import type { NextFunction, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { Lang } from './text';

/**
 * The language of an answer from an Accept-Language header (RFC 9110 §12.5.4): the better of zh and
 * en by q-value, a regional tag counting for its language ("en-US;q=0.9" is en) and `*` for one
 * not named; Chinese when the header is missing, names neither, or ranks them equally.
 */
export function languageOf(header: string | string[] | undefined | null): Lang {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'zh';
  const q: Record<Lang | '*', number> = { zh: -1, en: -1, '*': -1 };
  for (const range of value.split(',')) {
    const [tag, ...params] = range.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q\s*=(.*)$/.exec(p)?.[1]).find((w) => w !== undefined);
    const quality = weight === undefined ? 1 : Number(weight.trim() || NaN);
    if (!(quality >= 0 && quality <= 1)) continue;
    const primary = tag.trim().split(/[-_]/)[0] as Lang | '*';
    if (primary in q) q[primary] = Math.max(q[primary], quality);
  }
  const zh = q.zh >= 0 ? q.zh : q['*'];
  const en = q.en >= 0 ? q.en : q['*'];
  return en > 0 && en > zh ? 'en' : 'zh';
}

/** The language an HTTP request asked for. */
export const requestLanguage = (req: Pick<IncomingMessage, 'headers'> | undefined): Lang => languageOf(req?.headers?.['accept-language']);

/** Every answer may hold messages in the language asked for: caches must key on it. */
export function varyByLanguage(_req: unknown, res: Response, next: NextFunction): void {
  res.vary('Accept-Language');
  next();
}
