import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode } from '../errors/domain-error';

interface FieldProblem {
  field: string;
  message: string;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Input validation for every resolver argument; all problems are reported at once, each naming its field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  exceptionFactory: (errors) => {
    const problems = flatten(errors);
    const message = problems.map((p) => (p.message.startsWith(p.field) ? p.message : `${p.field}: ${p.message}`)).join('; ');
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field: problems[0]?.field, problems });
  },
});
