// The bureau admin's lists, imports and expert panels, as a person does them, in Chromium against the
// seeded app: a new list with its review weights, an import template and a list export downloaded; a
// file with two bad rows refused with every problem by row and column and nothing written; the fixed
// file's unknown industry mapped, checked, imported and found in 需求大厅; an expert of the enterprise's own company
// refused for the panel with the reason next to them, an independent expert assigned.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Console, DEMO, expectFitsTablet, SCREENSHOTS, startConsole } from './browser-setup';
import { futureDate } from '../setup/fixtures';
import type { Gql } from '../setup/test-app';

const LIST = '浏览器测试榜单2026';
const HEADER = '需求编号,需求名称,发榜单位,所在地区,产业领域,需求描述,拟投入资金(万元),揭榜截止日期,状态';
const row = (n: number, title: string, industry: string, deadline: string) =>
  `BRW-00${n},${title},嘉兴导入测试科技有限公司,浙江省嘉兴市南湖区,${industry},${title}的工艺不稳定，需要联合攻关形成可量产方案。,120,${deadline},已发布`;
/** Three demands; `date` on the second row and the third row's industry are what the test breaks. */
const csv = (date: string) =>
  '\ufeff' +
  [HEADER, row(1, '高频覆铜板介电损耗控制', '集成电路', futureDate(90)), row(2, '精密轴承保持架注塑变形', '集成电路', date), row(3, '量子密钥分发终端小型化', '量子纠缠通讯', futureDate(90))].join('\n');
const PUBLISHED_DEMAND = `mutation($input: CreateDemandInput!) { createDemand(input: $input) { id code } }`;

describe('web console: lists, imports and expert panels (Chromium)', () => {
  let c: Console;
  let admin: Gql;
  let code: string;
  const demandCount = async () => (await admin.ok(`{ demands(page: { limit: 1 }) { totalCount } }`)).demands.totalCount as number;

  beforeAll(async () => {
    c = await startConsole();
    admin = await c.api(DEMO.admin);
    // A published demand of the demo enterprise, and two experts: one of that enterprise, one independent.
    const enterprise = await c.api(DEMO.enterprise);
    const org = (await enterprise.ok(`{ me { organization { id name } } }`)).me.organization;
    const input = { title: '注塑模具随形冷却水路设计', description: '汽车内饰件注塑周期长且翘曲变形，需要随形冷却水路的设计与增材制造方案，缩短成型周期。', industry: '集成电路', region: '浙江省嘉兴市南湖区', type: 'TECH_BREAKTHROUGH', budget: 80, deadline: futureDate(60), keywords: ['随形冷却', '注塑'] };
    const created = (await enterprise.ok(PUBLISHED_DEMAND, { input })).createDemand;
    code = created.code;
    await enterprise.ok(`mutation($id: ID!) { submitDemand(id: $id) { id } }`, { id: created.id });
    await admin.ok(`mutation($id: ID!) { approveDemand(id: $id) { id } }`, { id: created.id });
    const expert = (name: string, extra: Record<string, string>) =>
      admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { email: `${extra.tag}@example.cn`, password: 'password-123', name, role: 'EXPERT', ...(extra.organizationId ? { organizationId: extra.organizationId } : { organizationName: '清华大学' }) } });
    await expert('同企专家', { tag: 'same-company-expert', organizationId: org.id });
    await expert('独立专家', { tag: 'independent-expert' });
  }, 240_000);
  afterAll(() => c?.close());

  async function signedIn(path: string) {
    const opened = await c.signIn(DEMO.admin, '/review');
    await opened.page.goto(c.base + path);
    return opened;
  }

  /** Picks an Element Plus select's option (a multiple select stays open between picks). */
  const choose = async (page: Page, label: string, name: string) => {
    const option = page.getByRole('option', { name });
    // The select's placeholder lies over its input.
    if (!(await option.isVisible())) await page.getByRole('combobox', { name: label }).click({ force: true });
    await option.click();
  };


  it('the admin opens a list, sets its review weights, downloads the import template and the list’s export', async () => {
    const { page, problems, context } = await signedIn('/');
    await page.getByRole('menuitem', { name: '榜单管理' }).click();
    await page.getByRole('heading', { name: '榜单管理' }).waitFor();
    await page.getByRole('button', { name: '新建榜单' }).click();
    await page.getByLabel('榜单名称').fill(LIST);
    await page.getByLabel('发布单位').fill('嘉兴市科学技术局');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByText(`已新建榜单：${LIST}`).waitFor();
    const listRow = page.getByRole('row').filter({ hasText: LIST });
    await listRow.getByText('技术方案 40%').waitFor();

    await listRow.getByRole('button', { name: '设置权重' }).click();
    await page.getByLabel('技术方案（%）').fill('50');
    await page.getByRole('button', { name: '保存权重' }).click();
    await page.getByText('各项权重之和应为 100%（现为 110%）').waitFor();
    await page.getByLabel('团队能力（%）').fill('20');
    await page.getByRole('button', { name: '保存权重' }).click();
    await listRow.getByText('技术方案 50%，报价合理性 15%，团队能力 20%').waitFor();

    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载技术需求导入模板' }).click()]);
    expect(template.suggestedFilename()).toBe('技术需求导入模板.xlsx');
    expect(await template.failure()).toBeNull();
    const [exported] = await Promise.all([page.waitForEvent('download'), listRow.getByRole('button', { name: '导出需求' }).click()]);
    expect(exported.suggestedFilename()).toBe(`${LIST}.xlsx`);
    await page.screenshot({ path: join(SCREENSHOTS, 'lists.png'), fullPage: true });
    await expectFitsTablet(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a file with two bad rows showing every problem, then imports the fixed file once its industry is mapped', async () => {
    const { page, problems, context } = await signedIn('/import');
    await page.getByRole('heading', { name: '导入数据' }).waitFor();
    await choose(page, '目标榜单', LIST);
    const before = await demandCount();

    await page.getByLabel('导入文件').setInputFiles({ name: '需求.csv', mimeType: 'text/csv', buffer: Buffer.from(csv('2026-13-45')) });
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.getByRole('heading', { name: '需求.csv 有 2 处问题，未导入任何数据' }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: '第3行' }).filter({ hasText: '揭榜截止日期' }).count()).resolves.toBe(1);
    await expect(page.getByRole('row').filter({ hasText: '第4行' }).filter({ hasText: '产业领域' }).filter({ hasText: '量子纠缠通讯' }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'import-problems.png'), fullPage: true });
    await expectFitsTablet(page);
    expect(await demandCount()).toBe(before);

    // The fixed date leaves the unknown industry: mapped to an existing one, the file passes the check.
    await page.getByLabel('导入文件').setInputFiles({ name: '需求-修改.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(futureDate(120))) });
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.getByRole('heading', { name: '需求-修改.csv 有 1 处问题，未导入任何数据' }).waitFor();
    await choose(page, '“量子纠缠通讯”对应到', '集成电路');
    await page.getByRole('button', { name: '按此重新检查' }).click();
    await page.getByRole('heading', { name: '检查通过：确认后将导入 需求-修改.csv' }).waitFor();
    await page.getByText('3 条').first().waitFor();
    await page.getByText(/产业“量子纠缠通讯”按对应关系记为“集成电路”/).waitFor();
    expect(await demandCount()).toBe(before);

    await page.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('heading', { name: '已导入 需求-修改.csv' }).waitFor();
    expect(await demandCount()).toBe(before + 3);
    await page.getByRole('link', { name: '到需求大厅查看' }).click();
    await page.getByLabel('关键词').fill('量子密钥分发终端');
    await page.keyboard.press('Enter');
    await page.getByRole('row').filter({ hasText: '量子密钥分发终端小型化' }).getByRole('link', { name: 'BRW-003' }).click();
    await page.getByRole('heading', { name: '量子密钥分发终端小型化' }).waitFor();
    await page.getByText(LIST).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses an expert of the enterprise’s own company with the reason next to them, and assigns an independent one', async () => {
    const { page, problems, context } = await signedIn(`/demands/${code}`);
    await page.getByRole('heading', { name: '评审专家（0 位）' }).waitFor();
    await choose(page, '选择专家', '同企专家（');
    await choose(page, '选择专家', '独立专家（清华大学）');
    await page.keyboard.press('Escape');
    const waiting = page.getByRole('list', { name: '待指派的专家' });
    await waiting.getByText('独立专家（清华大学）').waitFor();
    await page.getByRole('button', { name: '指派专家' }).click();
    await waiting.getByRole('listitem').filter({ hasText: '同企专家' }).getByRole('alert').filter({ hasText: '专家 同企专家 就职于发榜单位，需回避' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'experts.png'), fullPage: true });
    await expectFitsTablet(page);
    const panel = async () => (await admin.ok(`query($c: String!) { demand(code: $c) { id } }`, { c: code }).then(({ demand }) => admin.ok(`query($id: ID!) { reviewPanel(demandId: $id) { name } }`, { id: demand.id }))).reviewPanel;
    expect(await panel()).toEqual([]);

    await waiting.getByRole('button', { name: '移除 同企专家' }).click();
    await page.getByRole('button', { name: '指派专家' }).click();
    await page.getByRole('heading', { name: '评审专家（1 位）' }).waitFor();
    await page.getByRole('list', { name: '已指派的评审专家' }).getByText('独立专家（清华大学）').waitFor();
    expect(await panel()).toEqual([{ name: '独立专家' }]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
