import type { ValidationError } from '@nestjs/common';
import { Text, text } from '../i18n/text';

/** The number class-validator writes into its English message ("must not be less than 0"). */
const number = (en: string) => /(-?\d+(?:\.\d+)?)/.exec(en)?.[1] ?? '';

/** Chinese for class-validator's constraints, by constraint name, from its English message. */
const CHINESE: Record<string, (field: string, en: string) => string> = {
  isString: (f) => `${f} 应为文本`,
  isBoolean: (f) => `${f} 应为是或否（布尔值）`,
  isInt: (f) => `${f} 应为整数`,
  isNumber: (f) => `${f} 应为数字`,
  isEmail: (f) => `${f} 不是有效的电子邮箱地址`,
  isEnum: (f, en) => `${f} 应为以下值之一：${en.split(': ').pop()}`,
  isNotEmpty: (f) => `${f} 不能为空`,
  min: (f, en) => `${f} 不能小于 ${number(en)}`,
  max: (f, en) => `${f} 不能大于 ${number(en)}`,
  minLength: (f, en) => `${f} 至少 ${number(en)} 个字符`,
  maxLength: (f, en) => `${f} 最多 ${number(en)} 个字符`,
  arrayMinSize: (f, en) => `${f} 至少 ${number(en)} 项`,
  arrayMaxSize: (f, en) => `${f} 最多 ${number(en)} 项`,
  matches: (f) => `${f} 格式不正确`,
  nestedValidation: (f) => `${f} 应为对象或列表`,
};

/**
 * One failed constraint in both languages. A DTO gives its own Chinese with
 * `{ message: 'English', context: { zh: '中文' } }`; otherwise the constraint's name decides it.
 */
export function constraintText(error: ValidationError, field: string, constraint: string, en: string): Text {
  const own = (error.contexts?.[constraint] as { zh?: string } | undefined)?.zh;
  const message = en.startsWith(field) ? en : `${field}: ${en}`;
  const zh = own ?? CHINESE[constraint]?.(field, en) ?? `${field}：${en}`;
  return text(zh, message);
}
