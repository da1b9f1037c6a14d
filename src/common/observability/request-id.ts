import { randomUUID } from 'node:crypto';

// Ids from a proxy or client are kept when they are short plain tokens (no spaces, quotes or newlines
// that could forge log lines or headers); anything else gets a fresh UUID.
const SANE = /^[\w.:-]{1,128}$/;

export const REQUEST_ID_HEADER = 'X-Request-Id';

export function requestId(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value && SANE.test(value) ? value : randomUUID();
}
