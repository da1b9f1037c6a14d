import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { Text, joinTexts } from '../i18n/text';
import { constraintText } from './validation-messages';

interface FieldProblem {
  field: string;
  /** Sent in the request's language (see formatGraphQLError). */
  message: Text;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, en]) => ({ field, message: constraintText(e, field, constraint, en) }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Input validation for every resolver argument; all problems are reported at once, each naming its field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  exceptionFactory: (errors) => {
    const problems = flatten(errors);
    const message = joinTexts(problems.map((p) => p.message), '；', '; ');
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: problems[0]?.field, problems });
  },
});
