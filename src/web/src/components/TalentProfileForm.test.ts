import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formItem, settle } from '../test-helpers';
import TalentProfileForm from './TalentProfileForm.vue';

const TALENT = {
  id: 't1', code: 'T-000001', name: '演示科研人员', title: '教授', level: 'PROVINCIAL' as const, institution: '浙江大学', region: '浙江省杭州市西湖区',
  fields: ['碳化硅功率器件'], keywords: ['栅氧'], achievements: null, bio: null, remoteOk: false, contactEmail: null, contactPhone: null,
};

const mountForm = (talent = TALENT) => mount(TalentProfileForm, { props: { talent }, global: { plugins: [ElementPlus] }, attachTo: document.body });
const input = (w: ReturnType<typeof mountForm>, label: string) => formItem(w, label).find('input');

describe('TalentProfileForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the name, a research direction and a valid e-mail before sending anything', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const w = mountForm({ ...TALENT, fields: [] });
    await input(w, '姓名').setValue(' ');
    await input(w, '联系邮箱').setValue('not-an-email');
    await w.find('form').trigger('submit');
    await settle();
    expect(w.text()).toContain('请填写姓名');
    expect(w.text()).toContain('请至少填写一个研究方向');
    expect(w.text()).toContain('邮箱格式不正确');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the profile (a blank contact as null) and shows the server’s message at the field it names', async () => {
    const fetch = vi.fn(async () => ({ json: async () => ({ errors: [{ message: 'region：至少 2 个字', extensions: { code: 'BAD_USER_INPUT', field: 'region' } }] }) }));
    vi.stubGlobal('fetch', fetch);
    const w = mountForm();
    await w.find('form').trigger('submit');
    await settle();
    const sent = JSON.parse((fetch.mock.calls[0] as unknown as [string, { body: string }])[1].body).variables;
    expect(sent).toMatchObject({ id: 't1', input: { name: '演示科研人员', fields: ['碳化硅功率器件'], remoteOk: false, contactEmail: null } });
    expect(formItem(w, '所在地区').find('.el-form-item__error').text()).toBe('region：至少 2 个字');
  });
});
