import { ElMessage, ElMessageBox } from 'element-plus';

export interface Confirmation {
  title: string;
  message: string;
  /** The confirming button's words, e.g. 确定授予. */
  button: string;
}

/**
 * Runs a change the user asked for, after the confirmation when one is given, and tells the outcome:
 * `done` (or what `run` returns), or the server's own message. True when the change was made.
 */
export async function act(run: () => Promise<string | void>, done: string, confirm?: Confirmation): Promise<boolean> {
  if (confirm && !(await ElMessageBox.confirm(confirm.message, confirm.title, { confirmButtonText: confirm.button, cancelButtonText: '取消', type: 'warning' }).catch(() => false))) return false;
  try {
    const warning = await run();
    if (warning) ElMessage.warning(warning);
    else ElMessage.success(done);
    return true;
  } catch (e) {
    ElMessage.error((e as Error).message);
    return false;
  }
}
