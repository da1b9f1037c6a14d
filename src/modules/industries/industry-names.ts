import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { Text } from '../../common/i18n/text';

/** How names and aliases compare: full-width/half-width, case and outer spaces do not count. */
export const normalize = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** Characters that separate items of a list cell (产业领域 of a talent), so never part of a name. */
const LIST_SEPARATORS = /[；;，,|\r\n]/;
export const MAX_NAME = 100;

/** Character-bigram overlap (Dice), enough to suggest 新材料 for 新材枓 or 锂电池材料. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => new Set([...s].map((c, i, arr) => c + (arr[i + 1] ?? '')));
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** A taxonomy error naming its field, in Chinese and English. */
export function taxonomyError(code: ErrorCode, field: string, message: Text): DomainError {
  return new DomainError(code, { zh: `${field}：${message.zh}`, en: `${field}: ${message.en}` }, { field });
}

/** A trimmed name or alias, or BAD_USER_INPUT naming the field. */
export function cleanName(value: string, field: string): string {
  const name = value.normalize('NFC').trim();
  if (!name) throw taxonomyError(ErrorCode.BAD_USER_INPUT, field, { zh: '不能为空', en: 'must not be empty' });
  if ([...name].length > MAX_NAME) throw taxonomyError(ErrorCode.BAD_USER_INPUT, field, { zh: `“${name.slice(0, 20)}…”超过 ${MAX_NAME} 个字`, en: `is longer than ${MAX_NAME} characters` });
  if (LIST_SEPARATORS.test(name) || /\p{Cc}/u.test(name)) {
    throw taxonomyError(ErrorCode.BAD_USER_INPUT, field, { zh: `“${name}”含有分隔符或控制字符（；;，,| 换行）`, en: `"${name}" contains a list separator or control character` });
  }
  return name;
}
