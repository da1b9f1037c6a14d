import { DOMWrapper, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formItem, settle } from '../test-helpers';
import CreateUserDialog from './CreateUserDialog.vue';

async function mountDialog() {
  const w = mount(CreateUserDialog, { props: { modelValue: true }, global: { plugins: [ElementPlus] }, attachTo: document.body });
  await settle();
  return w;
}
// The dialog is teleported to the body.
const body = () => new DOMWrapper(document.body);
const fill = async (values: Record<string, string>) => {
  for (const [label, value] of Object.entries(values)) await formItem(body(), label).find('input').setValue(value);
};
const errorAt = (label: string) => formItem(body(), label).find('.el-form-item__error').text();
const submit = () => body().find('form').trigger('submit');

describe('CreateUserDialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('opens an expert account without a 工作单位 and sends only what was filled in', async () => {
    const fetch = vi.fn(async () => ({ json: async () => ({ data: { createUser: { id: '9', name: '钱审评', role: 'EXPERT' } } }) }));
    vi.stubGlobal('fetch', fetch);
    const w = await mountDialog();
    await fill({ 姓名: '钱审评', 邮箱: 'qian@zjut.example', 密码: 'review-panel-2026' });
    await submit();
    await settle();
    const sent = JSON.parse((fetch.mock.calls[0] as unknown as [string, { body: string }])[1].body).variables.input;
    expect(sent).toEqual({ role: 'EXPERT', name: '钱审评', email: 'qian@zjut.example', password: 'review-panel-2026' });
    expect(w.emitted('created')).toHaveLength(1);
    expect(w.emitted('update:modelValue')).toEqual([[false]]);
  });

  it('shows a taken e-mail at the 邮箱 field and a weak password at the 密码 field', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ json: async () => ({ errors: [{ message: '邮箱 qian@zjut.example 已注册', extensions: { code: 'CONFLICT', field: 'email' } }] }) })));
    const w = await mountDialog();
    await fill({ 姓名: '钱审评', 邮箱: 'qian@zjut.example', 密码: '1234567890' });
    await submit();
    await settle();
    expect(errorAt('密码')).toBe('密码不能只由一类字符组成，请混用字母、数字或符号中的至少两类');
    await fill({ 密码: 'review-panel-2026' });
    await submit();
    await settle();
    expect(errorAt('邮箱')).toBe('邮箱 qian@zjut.example 已注册');
    expect(w.emitted('created')).toBeUndefined();
  });
});
