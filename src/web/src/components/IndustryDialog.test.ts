import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formItem, settle } from '../test-helpers';
import type { TaxonomyQuery } from '../gql/graphql';
import IndustryDialog from './IndustryDialog.vue';

type Industry = TaxonomyQuery['industries'][number];
const INDUSTRY: Industry = { id: 'q', code: 'U-1', name: '量子科技', level: 1, aliases: ['量子'], retiredAt: null, parent: null, mergedInto: null };
const CHIPS: Industry = { id: 'c', code: '1.2.1', name: '集成电路', level: 3, aliases: ['芯片'], retiredAt: null, parent: null, mergedInto: null };
const mountDialog = (industry = INDUSTRY) => mount(IndustryDialog, { props: { industry, industries: [industry, CHIPS] }, global: { plugins: [ElementPlus] }, attachTo: document.body });
const sent = (fetch: ReturnType<typeof vi.fn>) => JSON.parse((fetch.mock.calls[0] as unknown as [string, { body: string }])[1].body).variables;

describe('IndustryDialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('renames keeping the old name as an alias unless unticked', async () => {
    const fetch = vi.fn(async () => ({ json: async () => ({ data: { renameIndustry: { id: 'q' } } }) }));
    vi.stubGlobal('fetch', fetch);
    const w = mountDialog();
    await formItem(w, '新名称').find('input').setValue('量子信息');
    await w.find('.el-checkbox input').setValue(false);
    await w.findAll('form')[0].trigger('submit');
    await settle();
    expect(sent(fetch)).toEqual({ id: 'q', name: '量子信息', keep: false });
    expect(w.emitted('changed')).toHaveLength(1);
  });

  it('shows a refused alias in the server’s words at 添加别名, without its field prefix', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ json: async () => ({ errors: [{ message: 'aliases：“芯片”已是产业“集成电路”的别名', extensions: { code: 'CONFLICT', field: 'aliases' } }] }) })));
    const w = mountDialog();
    await formItem(w, '添加别名').find('input').setValue('芯片');
    await w.findAll('form')[1].trigger('submit');
    await settle();
    expect(formItem(w, '添加别名').find('.el-form-item__error').text()).toBe('“芯片”已是产业“集成电路”的别名');
    expect(w.emitted('changed')).toBeUndefined();
  });

  it('offers only the history of a retired industry', () => {
    const w = mountDialog({ ...INDUSTRY, retiredAt: '2026-03-31T00:00:00Z', mergedInto: { name: '量子信息' } });
    expect(w.text()).toContain('已停用（已并入“量子信息”），仅保留历史');
    expect(w.findAll('form')).toHaveLength(0);
  });
});
