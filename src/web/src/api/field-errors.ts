import { ApiError } from './client';

/** A refused request's message in the user's words: a "field：" prefix the server adds is dropped where the field shows it. */
export function userMessage(e: unknown): string {
  if (!(e instanceof ApiError)) return (e as Error).message;
  return e.field ? e.message.replace(new RegExp(`^${e.field}：`), '') : e.message;
}

/**
 * Where a refused request's message belongs: the form field the server names (input.email → email).
 * Null when the error names no field of this form.
 */
export function fieldError(e: unknown, fields: object): { field: string; message: string } | null {
  if (!(e instanceof ApiError) || !e.field) return null;
  const field = e.field.replace(/^input\./, '');
  return field in fields ? { field, message: userMessage(e) } : null;
}
