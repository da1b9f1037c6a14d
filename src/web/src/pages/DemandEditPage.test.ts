import { flushPromises, mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import DemandEditPage from './DemandEditPage.vue';

async function settle(ms = 20) {
  for (let i = 0; i < 5; i++) {
    await flushPromises();
    await new Promise((r) => setTimeout(r, ms));
  }
}

const CHECKED = { quality: { score: 45, passed: false, hints: [{ field: 'keywords', code: 'FEW_KEYWORDS', message: '关键词只有 0 个：请给出 3 个以上技术关键词，便于匹配专家' }] }, similar: [] };

/** A server answering each operation by name; `create` is what createDemand returns. */
function server(create: object, edited?: object) {
  const sent: { operationName: string; variables: Record<string, any> }[] = [];
  const answers: Record<string, object> = {
    DemandFormOptions: { data: { industries: [{ name: '氟硅新材料' }], demandLists: { items: [] } } },
    DemandDraftCheck: { data: { demandDraftCheck: CHECKED } },
    CreateMyDemand: create,
    EditedDemand: { data: { demand: edited } },
  };
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body);
    const name = /(?:query|mutation) (\w+)/.exec(body.query)![1];
    sent.push({ operationName: name, variables: body.variables });
    return { json: async () => answers[name] };
  }));
  return sent;
}

let mounted: { unmount(): void } | undefined;
async function mountPage(path = '/my-demands/new') {
  const stub = { template: '<div />' };
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/my-demands/:code/edit', component: stub }, { path: '/:p(.*)*', component: stub }] });
  await router.push(path);
  const wrapper = mount(DemandEditPage, { global: { plugins: [router, ElementPlus], stubs: { transition: false, 'transition-group': false } }, attachTo: document.body });
  mounted = wrapper;
  await settle();
  return wrapper;
}
type Wrapper = Awaited<ReturnType<typeof mountPage>>;
const item = (w: Wrapper, label: string) => w.findAll('.el-form-item').find((f) => f.find('.el-form-item__label').exists() && f.find('.el-form-item__label').text().trim() === label)!;
const errorAt = (w: Wrapper, label: string) => item(w, label).find('.el-form-item__error').text();

describe('DemandEditPage', () => {
  afterEach(() => {
    mounted?.unmount();
    vi.unstubAllGlobals();
  });

  it('names every missing field before saving anything', async () => {
    const sent = server({});
    const w = await mountPage();
    await w.find('form').trigger('submit');
    await settle();
    expect(errorAt(w, '需求名称')).toBe('需求名称至少 4 个字');
    expect(errorAt(w, '需求描述')).toBe('需求描述至少 10 个字');
    expect(errorAt(w, '产业领域')).toBe('请选择产业领域');
    expect(errorAt(w, '所在地区')).toBe('请填写所在地区，如 浙江省嘉兴市南湖区');
    expect(sent.map((s) => s.operationName)).not.toContain('CreateMyDemand');
  });

  it('shows the quality score and hints of what is typed, after a pause', async () => {
    const sent = server({});
    const w = await mountPage();
    await item(w, '需求名称').find('input').setValue('高导热有机硅灌封胶开发');
    await settle(120);
    expect(sent.filter((s) => s.operationName === 'DemandDraftCheck')).toHaveLength(1);
    expect(sent.find((s) => s.operationName === 'DemandDraftCheck')!.variables.input.title).toBe('高导热有机硅灌封胶开发');
    expect(w.text()).toContain('质量评分 45 分');
    expect(w.text()).toContain('关键词只有 0 个');
  });

  it('shows the server’s message at the field it names', async () => {
    server({ errors: [{ message: 'region：至少 2 个字', extensions: { code: 'BAD_USER_INPUT', field: 'region' } }] });
    const w = await mountPage();
    await item(w, '需求名称').find('input').setValue('高导热有机硅灌封胶开发');
    await item(w, '需求描述').find('textarea').setValue('填料添加量超过85wt%后粘度急剧上升，无法自流平。');
    await item(w, '所在地区').find('input').setValue('嘉兴');
    await item(w, '产业领域').find('.el-select__wrapper').trigger('click');
    await settle();
    const option = [...document.querySelectorAll('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === '氟硅新材料') as HTMLElement;
    option.click();
    await w.find('form').trigger('submit');
    await settle();
    expect(errorAt(w, '所在地区')).toBe('region：至少 2 个字');
  });

  it('loads a demand under review for editing: 保存修改, and no second 提交审核', async () => {
    const edited = {
      id: 'd1', code: 'JB-2026-000001', status: 'SUBMITTED', nextStatuses: ['WITHDRAWN', 'PUBLISHED'], title: '高导热有机硅灌封胶开发', description: '填料添加量超过85wt%后粘度急剧上升。',
      industry: '氟硅新材料', region: '浙江省嘉兴市', keywords: ['灌封胶'], indicators: null, indicatorsConfidential: false, budget: 300, deadline: null,
      type: 'TECH_BREAKTHROUGH', acceptanceMode: null, maxWinners: 1, requirements: null, contactName: null, contactPhone: null, list: null,
    };
    const sent = server({}, edited);
    const w = await mountPage('/my-demands/JB-2026-000001/edit');
    await settle(120);
    expect(w.find('h1').text()).toBe('编辑需求 JB-2026-000001');
    expect((item(w, '需求名称').find('input').element as HTMLInputElement).value).toBe('高导热有机硅灌封胶开发');
    expect(w.findAll('button').map((b) => b.text())).toEqual(expect.arrayContaining(['保存修改']));
    expect(w.findAll('button').map((b) => b.text())).not.toContain('提交审核');
    // The loaded demand is checked at once, and never reported similar to itself.
    expect(sent.find((s) => s.operationName === 'DemandDraftCheck')!.variables.input.demandId).toBe('d1');
  });
});
