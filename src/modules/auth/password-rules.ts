// No imports: the web console bundles this file too, so the sign-up form and the server judge a password alike.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** Why a new password is too weak (in Chinese and English, after "密码" / "the password"), or null when it is acceptable. */
export function passwordProblem(password: string, email: string): { zh: string; en: string } | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return { zh: `至少需要 ${MIN_PASSWORD_LENGTH} 个字符`, en: `needs at least ${MIN_PASSWORD_LENGTH} characters` };
  if (length > MAX_PASSWORD_LENGTH) return { zh: `不能超过 ${MAX_PASSWORD_LENGTH} 个字符`, en: `must be at most ${MAX_PASSWORD_LENGTH} characters` };
  if (CLASSES.filter((c) => c.test(password)).length < 2) {
    return { zh: '不能只由一类字符组成，请混用字母、数字或符号中的至少两类', en: 'must mix at least two kinds of characters: letters, digits or symbols' };
  }
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0];
  // The address, or its user name with only digits and symbols around it (zhang2024!), is the first guess.
  const rest = local.length >= 3 ? lower.split(local).join('') : lower;
  if (lower.includes(address) || !/\p{L}/u.test(rest)) return { zh: '不能是邮箱地址或其用户名加数字、符号', en: 'must not be the e-mail address or its user name with digits and symbols' };
  if (new Set(lower).size < 4) return { zh: '重复字符过多，请换一个更难猜的密码', en: 'repeats too few characters; choose one harder to guess' };
  return null;
}
