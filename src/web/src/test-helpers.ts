// Shared by the component tests (*.test.ts): Element Plus validation and a request resolve over several turns.
import { DOMWrapper, flushPromises, VueWrapper } from '@vue/test-utils';

export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The form item whose visible label is `label`. */
export const formItem = (w: VueWrapper | DOMWrapper<Element>, label: string) =>
  w.findAll('.el-form-item').find((f) => f.find('.el-form-item__label').exists() && f.find('.el-form-item__label').text().trim() === label)!;
