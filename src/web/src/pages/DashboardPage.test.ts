import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import DashboardPage from './DashboardPage.vue';

// The charts draw on a canvas jsdom lacks; their options and tables are checked in format/charts.test.ts.
vi.mock('../components/EChart.vue', () => ({ default: { props: ['option', 'label', 'table'], template: '<figure :aria-label="label" />' } }));

async function settle() {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function mountAt(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/dashboard', component: DashboardPage }] });
  await router.push(url);
  const wrapper = mount(DashboardPage, { global: { plugins: [router, ElementPlus], stubs: { transition: false } }, attachTo: document.body });
  await settle();
  return { wrapper, router };
}

/** The variables of the statistics requests sent. */
const asked = (fetch: ReturnType<typeof vi.fn>) => fetch.mock.calls.map((c) => JSON.parse(c[1].body)).filter((b) => b.query.includes('statistics(')).map((b) => b.variables);
const empty = () => vi.fn(async () => ({ json: async () => ({ data: { statistics: null, demandLists: { items: [] }, industries: [{ id: '1', name: '氢能' }] } }) }));

describe('DashboardPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the figures of the filter in the URL', async () => {
    const fetch = empty();
    vi.stubGlobal('fetch', fetch);
    await mountAt('/dashboard?list=嘉兴市2022年企业关键技术需求榜单&from=2022-01-01&to=2022-06-30&sheet=x');
    expect(asked(fetch)).toEqual([{ filter: { list: '嘉兴市2022年企业关键技术需求榜单', from: '2022-01-01', to: '2022-06-30' } }]);
  });

  it('shows the server’s refusal of the period at the field it names', async () => {
    const error = { message: 'filter.from：2026-03-31 晚于 filter.to 2026-03-01', extensions: { code: 'BAD_USER_INPUT', field: 'filter.from' } };
    vi.stubGlobal('fetch', vi.fn(async () => ({ json: async () => ({ errors: [error] }) })));
    const { wrapper } = await mountAt('/dashboard?from=2026-03-31&to=2026-03-01');
    const item = wrapper.findAll('.el-form-item').find((i) => i.find('label').text() === '发布日期从')!;
    expect(item.find('.el-form-item__error').text()).toBe(error.message);
    expect(wrapper.findAll('.el-form-item__error')).toHaveLength(1);
  });

  it('puts the chosen filter in the URL when 筛选 is pressed, and 清除筛选 takes it out', async () => {
    vi.stubGlobal('fetch', empty());
    const { wrapper, router } = await mountAt('/dashboard');
    await wrapper.find('input[placeholder="如 嘉兴市"]').setValue('嘉兴市');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(router.currentRoute.value.query).toEqual({ region: '嘉兴市' });
    await wrapper.findAll('button').find((b) => b.text() === '清除筛选')!.trigger('click');
    await settle();
    expect(router.currentRoute.value.query).toEqual({});
  });
});
