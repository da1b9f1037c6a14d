import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../test-helpers';
import ImportPage from './ImportPage.vue';

const problems = [
  { file: '需求.csv', row: 4, column: '产业领域', kind: 'UNKNOWN_INDUSTRY', reason: '未知产业“量子纠缠通讯”（第4行），是否为：新一代信息技术？', value: '量子纠缠通讯' },
  { file: '需求.csv', row: 3, column: '揭榜截止日期', kind: 'INVALID_DATE', reason: '“2026-13-45”不是有效日期' },
];

/** Answers each GraphQL request by the operation's name. */
function server(answers: Record<string, unknown>) {
  const fetch = vi.fn(async (_url: string, init: { body: string }) => {
    const name = /(?:query|mutation) (\w+)/.exec(JSON.parse(init.body).query)![1];
    return { json: async () => answers[name] };
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function check(wrapper: ReturnType<typeof mount>) {
  const input = wrapper.find('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [new File(['需求编号\n'], '需求.csv', { type: 'text/csv' })] });
  await input.trigger('change');
  await wrapper.find('form').trigger('submit');
  await settle();
}

describe('ImportPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for a file before sending anything', async () => {
    const fetch = server({ ImportLists: { data: { demandLists: { items: [] } } } });
    const wrapper = mount(ImportPage, { global: { plugins: [ElementPlus], stubs: { RouterLink: true } } });
    await settle();
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain('请选择要导入的文件');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows every problem of a refused file by row and column, and offers to map its unknown industry', async () => {
    server({
      ImportLists: { data: { demandLists: { items: [] } } },
      ImportIndustries: { data: { industries: [{ id: '1', name: '集成电路' }] } },
      ImportDemands: { errors: [{ message: '需求.csv 有 2 处问题，未导入任何数据：…', extensions: { code: 'BAD_USER_INPUT', field: 'file', problems } }] },
    });
    const wrapper = mount(ImportPage, { global: { plugins: [ElementPlus], stubs: { RouterLink: true } } });
    await settle();
    await check(wrapper);
    const rows = wrapper.findAll('.el-table__body tr').map((r) => r.text());
    expect(rows[0]).toContain('第3行');
    expect(rows[0]).toContain('揭榜截止日期');
    expect(rows[1]).toContain('第4行');
    expect(rows[1]).toContain('产业领域');
    expect(wrapper.text()).toContain('需求.csv 有 2 处问题，未导入任何数据');
    expect(wrapper.text()).toContain('“量子纠缠通讯”对应到');
    expect(wrapper.text()).not.toContain('确认导入');
  });

  it('shows the dry run’s figures and imports only when confirmed', async () => {
    const report = (dryRun: boolean) => ({ data: { importDemands: { file: '需求.csv', dryRun, created: 3, updated: 1, unchanged: 0, warnings: ['忽略未知列“备注”'] } } });
    const fetch = server({ ImportLists: { data: { demandLists: { items: [] } } }, ImportDemands: report(true) });
    const wrapper = mount(ImportPage, { global: { plugins: [ElementPlus], stubs: { RouterLink: true } } });
    await settle();
    await check(wrapper);
    expect(wrapper.text()).toContain('检查通过：确认后将导入');
    expect(wrapper.text()).toContain('忽略未知列“备注”');
    const sent = () => fetch.mock.calls.map(([, init]) => JSON.parse(init.body)).filter((b) => b.query.includes('importDemands'));
    expect(sent().map((b) => b.variables.dryRun)).toEqual([true]);
    expect(sent()[0].variables.file.contentBase64).toBe(Buffer.from('需求编号\n').toString('base64'));
    server({ ImportDemands: report(false) });
    await wrapper.findAll('button').find((b) => b.text() === '确认导入')!.trigger('click');
    await settle();
    expect(wrapper.text()).toContain('已导入 需求.csv');
  });
});
