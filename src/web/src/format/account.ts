// Checks of a new account's form, the same rules as the server's (AccountInput and the password rule),
// so a person sees what is wrong at the field before anything is sent.
import { passwordProblem } from '../../../modules/auth/password-rules';
import type { OrganizationType, RegisterInput, Role } from '../gql/graphql';

export interface AccountForm {
  role: string;
  name: string;
  email: string;
  password: string;
  organizationName: string;
  creditCode: string;
  /** For a 工作单位 that is not an enterprise (researchers, experts). */
  organizationType: string;
  region: string;
}

/** A message per field that is not acceptable; empty when the form may be sent. */
export function accountProblems(form: AccountForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const email = form.email.trim();
  if (!form.name.trim()) errors.name = '请填写姓名';
  else if (form.name.trim().length > 100) errors.name = '姓名最多 100 个字';
  if (!email) errors.email = '请填写邮箱';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = '邮箱格式不正确';
  if (!form.password) errors.password = '请设置密码';
  else {
    const problem = passwordProblem(form.password, email);
    if (problem) errors.password = `密码${problem.zh}`;
  }
  const organization = form.organizationName.trim();
  const needsOrganization = form.role === 'ENTERPRISE' || form.role === 'RESEARCHER';
  if (needsOrganization && !organization) errors.organizationName = form.role === 'ENTERPRISE' ? '请填写企业名称' : '请填写工作单位';
  else if (organization && organization.length < 2) errors.organizationName = '单位名称至少 2 个字';
  if (form.creditCode.trim() && !/^[0-9A-Z]{18}$/.test(form.creditCode.trim())) errors.creditCode = '统一社会信用代码应为 18 位数字或大写字母';
  if (form.role === 'RESEARCHER' && form.region.trim().length < 2) errors.region = '请填写所在地区，如 浙江省杭州市西湖区';
  return errors;
}

const optional = (v: string) => v.trim() || undefined;

/** What register and createUser send for the form: blanks left out, the credit code for enterprises only. */
export function accountInput(form: AccountForm): RegisterInput {
  const enterprise = form.role === 'ENTERPRISE';
  const organizationName = optional(form.organizationName);
  return {
    role: form.role as Role,
    name: form.name.trim(),
    email: form.email.trim(),
    password: form.password,
    organizationName,
    creditCode: enterprise ? optional(form.creditCode) : undefined,
    organizationType: !enterprise && organizationName ? (form.organizationType as OrganizationType) : undefined,
    region: optional(form.region),
  };
}
