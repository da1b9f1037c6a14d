import { ElMessage } from 'element-plus';
import type { Ref } from 'vue';
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

/**
 * Sends a checked form while `busy`: a refusal goes to `errors` at the field it names when the form has it,
 * otherwise it is shown as a message. True when the server accepted.
 */
export async function sendForm(send: () => Promise<unknown>, errors: Record<string, string>, fields: object, busy: Ref<boolean>): Promise<boolean> {
  busy.value = true;
  try {
    await send();
    return true;
  } catch (e) {
    const at = fieldError(e, fields);
    if (at) errors[at.field] = at.message;
    else ElMessage.error(userMessage(e));
    return false;
  } finally {
    busy.value = false;
  }
}
