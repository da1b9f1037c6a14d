import { reactive, ref } from 'vue';
import { accountInput, type AccountForm, accountProblems } from '../format/account';
import type { RegisterInput } from '../gql/graphql';
import { sendForm } from './field-errors';

/**
 * A new account's form (sign-up, an admin's 新建账户): checked here first, then sent; a refusal shows at
 * the field the server names. `send` does the request; the form is cleared when it succeeds.
 */
export function useAccountForm(role: string, send: (input: RegisterInput) => Promise<unknown>) {
  const blank = (): AccountForm => ({ role, name: '', email: '', password: '', organizationName: '', creditCode: '', organizationType: 'UNIVERSITY', region: '' });
  const form = reactive(blank());
  const errors = reactive<Record<string, string>>({});
  const busy = ref(false);

  async function submit() {
    Object.keys(errors).forEach((k) => delete errors[k]);
    Object.assign(errors, accountProblems(form));
    if (Object.keys(errors).length) return;
    if (await sendForm(() => send(accountInput(form)), errors, form, busy)) Object.assign(form, blank());
  }
  return { form, errors, busy, submit };
}
