import { DomainError } from '../../common/errors/domain-error';
import { text } from '../../common/i18n/text';
import { passwordProblem } from './password-rules';

/** Refuses a weak password as BAD_USER_INPUT naming `field`, before anything is written. */
export function assertStrongPassword(field: string, password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw DomainError.badInput(field, text(`密码${problem.zh}`, `the password ${problem.en}`), { reason: 'WEAK_PASSWORD' });
}
