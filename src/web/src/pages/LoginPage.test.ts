import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../test-helpers';
import { createMemoryHistory, createRouter } from 'vue-router';
import { session } from '../api/session';
import LoginPage from './LoginPage.vue';

async function mountLogin() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { template: '<div />' } }] });
  await router.push('/login');
  return { wrapper: mount(LoginPage, { global: { plugins: [router, ElementPlus], stubs: { transition: false, 'transition-group': false } }, attachTo: document.body }), router };
}

describe('LoginPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    session.clear();
  });

  it('asks for the e-mail and the password before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { wrapper } = await mountLogin();
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain('请输入邮箱');
    expect(wrapper.text()).toContain('请输入密码');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the server’s message at the password field and keeps the user signed out', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ json: async () => ({ errors: [{ message: '邮箱或密码不正确', extensions: { code: 'UNAUTHENTICATED' } }] }) })));
    const { wrapper } = await mountLogin();
    await wrapper.find('input[type="email"]').setValue('a@b.cn');
    await wrapper.find('input[type="password"]').setValue('wrong');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.find('.el-form-item__error').text()).toBe('邮箱或密码不正确');
    expect(session.user).toBeNull();
  });

  it('signs in and goes to the review queue for an admin', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ json: async () => ({ data: { login: { token: 't', user: { id: '1', name: '演示管理员', role: 'ADMIN' } } } }) })));
    const { wrapper, router } = await mountLogin();
    await wrapper.find('input[type="email"]').setValue('admin@demo.jiebang.cn');
    await wrapper.find('input[type="password"]').setValue('secret');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(session.user?.role).toBe('ADMIN');
    expect(router.currentRoute.value.path).toBe('/review');
  });
});
