import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formItem, settle } from '../test-helpers';
import { createMemoryHistory, createRouter } from 'vue-router';
import { session } from '../api/session';
import RegisterPage from './RegisterPage.vue';

async function mountRegister() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] });
  await router.push('/register');
  const wrapper = mount(RegisterPage, { global: { plugins: [router, ElementPlus], stubs: { transition: false, 'transition-group': false } }, attachTo: document.body });
  return { wrapper, router };
}

/** The form item labelled `label`: its input, and the message shown under it. */
const item = (wrapper: Awaited<ReturnType<typeof mountRegister>>['wrapper'], label: string) => {
  const found = formItem(wrapper, label);
  return { input: found.find('input'), error: () => found.find('.el-form-item__error').text() };
};

async function fill(wrapper: Awaited<ReturnType<typeof mountRegister>>['wrapper'], values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await item(wrapper, label).input.setValue(value);
}

const reply = (body: unknown) => vi.fn(async () => ({ json: async () => body }));

describe('RegisterPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    session.clear();
    document.body.innerHTML = '';
  });

  it('says what each empty field needs before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountRegister();
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(item(wrapper, '姓名').error()).toBe('请填写姓名');
    expect(item(wrapper, '邮箱').error()).toBe('请填写邮箱');
    expect(item(wrapper, '密码').error()).toBe('请设置密码');
    expect(item(wrapper, '企业名称').error()).toBe('请填写企业名称');
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['short-1', '密码至少需要 10 个字符'],
    ['abcdefghijkl', '密码不能只由一类字符组成，请混用字母、数字或符号中的至少两类'],
    ['zhang2024!!', '密码不能是邮箱地址或其用户名加数字、符号'],
  ])('refuses the password %s with the server’s own rule', async (password, message) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountRegister();
    await fill(wrapper, { 姓名: '张伟', 邮箱: 'zhang@hexing.example', 密码: password, 企业名称: '嘉兴禾兴新材料有限公司' });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(item(wrapper, '密码').error()).toBe(message);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('asks a researcher for the 工作单位 and the region, and checks a credit code’s form for an enterprise', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const { wrapper } = await mountRegister();
    await fill(wrapper, { 统一社会信用代码: '91330402abc' });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(item(wrapper, '统一社会信用代码').error()).toBe('统一社会信用代码应为 18 位数字或大写字母');
    await wrapper.findAll('.el-radio-button').find((r) => r.text().startsWith('科研人员'))!.find('input').setValue(true);
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(item(wrapper, '工作单位').error()).toBe('请填写工作单位');
    expect(item(wrapper, '所在地区').error()).toBe('请填写所在地区，如 浙江省杭州市西湖区');
  });

  it('shows the server’s refusal at the field it names, in the user’s words', async () => {
    vi.stubGlobal('fetch', reply({ errors: [{ message: '邮箱 zhang@hexing.example 已注册', extensions: { code: 'CONFLICT', field: 'email' } }] }));
    const { wrapper } = await mountRegister();
    await fill(wrapper, { 姓名: '张伟', 邮箱: 'zhang@hexing.example', 密码: 'hexing-materials-7', 企业名称: '嘉兴禾兴新材料有限公司' });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(item(wrapper, '邮箱').error()).toBe('邮箱 zhang@hexing.example 已注册');
    expect(session.user).toBeNull();
  });

  it('signs the new enterprise user in and lands on 我的需求', async () => {
    const fetch = reply({ data: { register: { token: 't', user: { id: '1', name: '张伟', role: 'ENTERPRISE', talent: null, organization: { id: 'o', name: '嘉兴禾兴新材料有限公司' } }, joinRequest: null } } });
    vi.stubGlobal('fetch', fetch);
    const { wrapper, router } = await mountRegister();
    await fill(wrapper, { 姓名: '张伟', 邮箱: 'zhang@hexing.example', 密码: 'hexing-materials-7', 企业名称: '嘉兴禾兴新材料有限公司', 所在地区: '浙江省嘉兴市南湖区' });
    await wrapper.find('form').trigger('submit');
    await settle();
    const sent = JSON.parse((fetch.mock.calls[0] as unknown as [string, { body: string }])[1].body).variables.input;
    expect(sent).toEqual({ role: 'ENTERPRISE', name: '张伟', email: 'zhang@hexing.example', password: 'hexing-materials-7', organizationName: '嘉兴禾兴新材料有限公司', region: '浙江省嘉兴市南湖区' });
    expect(session.user).toMatchObject({ name: '张伟', role: 'ENTERPRISE' });
    expect(router.currentRoute.value.path).toBe('/my-demands');
  });

  it('tells someone naming an enterprise already registered that a join request was sent', async () => {
    const user = { id: '2', name: '李娜', role: 'ENTERPRISE', talent: null, organization: null };
    vi.stubGlobal('fetch', reply({ data: { register: { token: 't', user, joinRequest: { id: 'j', organization: { name: '嘉兴科润新材料科技有限公司' } } } } }));
    const { wrapper, router } = await mountRegister();
    await fill(wrapper, { 姓名: '李娜', 邮箱: 'li.na@kerun.example', 密码: 'kerun-members-9', 企业名称: '嘉兴科润新材料科技有限公司' });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(document.body.textContent).toContain('已向“嘉兴科润新材料科技有限公司”提交加入申请，该企业管理员同意后即可代表企业发布需求');
    expect(router.currentRoute.value.path).toBe('/my-demands');
  });
});
