import { Text, text } from '../i18n/text';

// 统一社会信用代码 (GB 32100-2015): 18 characters from this alphabet (no I, O, S, V, Z);
// the last is a check character over the first 17 with these weights, modulo 31.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Why a credit code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): Text | null {
  if (!/^[0-9A-Z]{18}$/.test(code)) return text('应为 18 位数字或大写字母', 'must be 18 characters of digits and capital letters');
  const check = creditCodeCheckChar(code.slice(0, 17));
  if (check === null) return text('含有信用代码不使用的字母（I、O、S、V、Z）', 'contains a character not used in credit codes (I, O, S, V, Z)');
  if (code[17] !== check) return text(`校验位错误（应为 ${check}）`, `check digit is wrong (expected ${check})`);
  return null;
}
