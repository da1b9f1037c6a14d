// Sign-up and the bureau admin's accounts and taxonomy, as people do them, in Chromium against the seeded
// app: a visitor registers as a researcher and as an enterprise and lands signed in with their role's menu;
// the admin finds a user by keyword, opens an expert account (a taken e-mail refused at its field), disables
// and re-enables a user (their own account refused); adds an industry, renames it keeping the old name,
// adds an alias (one another industry holds refused); a sign-up naming a registered enterprise asks to join it and
// its admin member approves or refuses in 加入申请; a taxonomy file with a bad row is refused by row and column with nothing written, the fixed one imported.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Console, DEMO, expectFitsTablet, openFromMenu, SCREENSHOTS, startConsole } from './browser-setup';
import type { Gql } from '../setup/test-app';

const csv = (parent: string) => ({ name: `产业目录-${parent}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`\ufeff名称,上级,别名\n浏览器导入产业,${parent},导入别名甲、导入别名乙\n`) });

describe('web console: sign-up, users and taxonomy (Chromium)', () => {
  let c: Console;
  let admin: Gql;
  const industryNamed = async (name: string) => ((await admin.ok(`{ industries(includeRetired: true) { name aliases } }`)).industries as { name: string; aliases: string[] }[]).find((i) => i.name === name);

  beforeAll(async () => {
    c = await startConsole();
    admin = await c.api(DEMO.admin);
  }, 240_000);
  afterAll(() => c?.close());

  async function signedIn(path: string) {
    const opened = await c.signIn(DEMO.admin, '/review');
    await openFromMenu(opened.page, path);
    await opened.page.getByRole('heading', { name: path, level: 1 }).waitFor();
    return opened;
  }

  /** The page's screenshot, the tablet check, and no console error or failed request on the way. */
  async function finish({ page, problems, context }: Awaited<ReturnType<Console['open']>>, screenshot: string) {
    await page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: true });
    await expectFitsTablet(page);
    expect(problems).toEqual([]);
    await context.close();
  }

  const fill = async (page: Page, values: Record<string, string>) => {
    for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
  };

  it('a visitor registers as a researcher, then another as an enterprise, each landing signed in with their menu', async () => {
    const { page, problems, context } = await c.open('/');
    await page.getByRole('link', { name: '注册', exact: true }).click();
    await page.getByRole('heading', { name: '注册揭榜平台账户' }).waitFor();
    await page.getByText('科研人员（揭榜攻关）').click();
    await fill(page, { 姓名: '周明远', 邮箱: 'zhou.mingyuan@zju.example', 密码: 'short', 工作单位: '浙江大学', 所在地区: '浙江省杭州市西湖区' });
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.getByText('密码至少需要 10 个字符').waitFor();
    await fill(page, { 密码: 'zju-sensors-2026' });
    await page.screenshot({ path: join(SCREENSHOTS, 'register.png'), fullPage: true });
    await expectFitsTablet(page);
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.waitForURL(`${c.base}/recommended`);
    await page.getByText('周明远（科研人员）').waitFor();
    for (const item of ['推荐需求', '我的揭榜', '我的档案']) await page.getByRole('menuitem', { name: item }).waitFor();
    expect(await page.getByRole('menuitem', { name: '我的需求' }).count()).toBe(0);
    await page.getByRole('button', { name: '退出登录' }).click();

    await page.waitForURL(`${c.base}/login`);
    await page.getByRole('link', { name: '注册', exact: true }).first().click();
    await fill(page, { 姓名: '沈嘉禾', 邮箱: 'shen@jiahe-materials.example', 密码: 'jiahe-films-2026', 企业名称: '嘉兴嘉禾薄膜材料有限公司', 所在地区: '浙江省嘉兴市南湖区' });
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.waitForURL(`${c.base}/my-demands`);
    await page.getByText('沈嘉禾（企业）').waitFor();
    await page.getByRole('menuitem', { name: '我的需求' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '推荐需求' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a visitor asks to join an enterprise already registered; its admin member approves one request and refuses another with a reason', async () => {
    const enterprise = (await (await c.api(DEMO.enterprise)).ok(`{ me { organization { name } } }`)).me.organization.name as string;
    for (const [name, email] of [['陆文清', 'lu.wenqing@example.cn'], ['韩立新', 'han.lixin@example.cn']]) {
      const visitor = await c.open('/register');
      await fill(visitor.page, { 姓名: name, 邮箱: email, 密码: 'join-request-2026', 企业名称: enterprise, 所在地区: '浙江省嘉兴市南湖区' });
      await visitor.page.getByRole('button', { name: '注册', exact: true }).click();
      await visitor.page.getByText(`已向“${enterprise}”提交加入申请`).waitFor();
      expect(visitor.problems).toEqual([]);
      await visitor.context.close();
    }
    const opened = await c.open('/login');
    const { page } = opened;
    await c.login(page, DEMO.enterprise);
    await page.getByRole('menuitem', { name: '加入申请' }).click();
    await page.getByRole('heading', { name: '加入申请', level: 1 }).waitFor();
    await page.getByRole('button', { name: '通过 陆文清' }).click();
    await page.getByRole('dialog', { name: '通过加入申请' }).getByRole('button', { name: '确定通过' }).click();
    await page.getByText('已通过：陆文清').waitFor();
    await page.getByRole('button', { name: '拒绝 韩立新' }).click();
    const dialog = page.getByRole('dialog', { name: '拒绝加入申请' });
    await dialog.getByRole('textbox').fill('非本企业员工');
    await dialog.getByRole('button', { name: '确定拒绝' }).click();
    await page.getByText('已拒绝：韩立新').waitFor();
    await page.getByText('暂无待处理的加入申请', { exact: false }).waitFor();
    const tabs = page.getByRole('radiogroup', { name: '申请状态' });
    await tabs.getByText('已拒绝').click();
    await page.getByRole('row', { name: /韩立新/ }).getByRole('cell', { name: '非本企业员工' }).waitFor();
    await tabs.getByText('已通过').click();
    await page.getByRole('row', { name: /陆文清/ }).waitFor();
    await finish(opened, 'join-requests.png');
  });

  it('the admin finds a user, opens an expert account, disables and re-enables a user, and may not disable themself', async () => {
    const opened = await signedIn('用户管理');
    const { page } = opened;
    await fill(page, { 关键词: 'researcher@demo' });
    await page.getByRole('button', { name: '查询' }).click();
    const researcher = page.getByRole('row').filter({ hasText: DEMO.researcher });
    await researcher.getByText('科研人员', { exact: true }).waitFor();
    await page.getByText('共 1 条').waitFor();

    await page.getByRole('button', { name: '新建账户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建账户' });
    await dialog.getByRole('combobox', { name: '角色' }).click({ force: true });
    await page.getByRole('option', { name: '评审专家' }).click();
    for (const [label, value] of Object.entries({ 姓名: '钱审评', 邮箱: DEMO.expert, 密码: 'review-panel-2026', 工作单位: '浙江工业大学' })) await dialog.getByLabel(label, { exact: true }).fill(value);
    await dialog.getByRole('button', { name: '创建账户' }).click();
    await dialog.getByText(`邮箱 ${DEMO.expert} 已注册`).waitFor();
    await dialog.getByLabel('邮箱', { exact: true }).fill('qian.review@zjut.example');
    await dialog.getByRole('button', { name: '创建账户' }).click();
    await page.getByText('已新建评审专家账户：钱审评').waitFor();
    await fill(page, { 关键词: '钱审评' });
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('row').filter({ hasText: 'qian.review@zjut.example' }).filter({ hasText: '评审专家' }).filter({ hasText: '浙江工业大学' }).waitFor();

    await fill(page, { 关键词: 'researcher@demo' });
    await page.getByRole('button', { name: '查询' }).click();
    await researcher.getByRole('button', { name: /^停用/ }).click();
    await page.getByRole('dialog', { name: '停用账户' }).getByRole('button', { name: '停用' }).click();
    await researcher.getByText('已停用').waitFor();
    await expect(c.api(DEMO.researcher)).rejects.toThrow();
    await researcher.getByRole('button', { name: /^启用/ }).click();
    await page.getByRole('dialog', { name: '启用账户' }).getByRole('button', { name: '启用' }).click();
    await researcher.getByText('正常').waitFor();
    await c.api(DEMO.researcher);

    await fill(page, { 关键词: DEMO.admin });
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('row').filter({ hasText: DEMO.admin }).getByRole('button', { name: /^停用/ }).click();
    await page.getByRole('dialog', { name: '停用账户' }).getByRole('button', { name: '停用' }).click();
    // The refusal is shown, then goes like every message (the screenshot waits for it).
    await page.getByText('不能停用或启用自己的账户').waitFor();
    await page.getByText('不能停用或启用自己的账户').waitFor({ state: 'hidden' });

    await fill(page, { 关键词: '' });
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByRole('row').filter({ hasText: DEMO.enterprise }).waitFor();
    await finish(opened, 'users.png');
  });

  it('the admin adds an industry, renames it, adds an alias, and imports a taxonomy file once its bad row is fixed', async () => {
    const opened = await signedIn('行业分类');
    const { page } = opened;
    await page.getByRole('button', { name: '新增一级产业' }).click();
    await page.getByLabel('产业名称', { exact: true }).fill('低空经济试点');
    await page.getByRole('dialog', { name: '新增一级产业' }).getByRole('button', { name: '新增一级产业' }).click();
    await page.getByText('已新增产业：低空经济试点').waitFor();

    // The tree's actions are reached with the keyboard: Tab from the search box to the industry's 管理.
    await fill(page, { 查找产业: '低空经济试点' });
    await page.getByLabel('查找产业').focus();
    const manage = page.getByRole('button', { name: '管理 低空经济试点' });
    for (let i = 0; i < 5 && !(await manage.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    let dialog = page.getByRole('dialog', { name: '管理产业：低空经济试点' });
    await dialog.getByLabel('新名称').fill('低空经济');
    await dialog.getByRole('button', { name: '更名' }).click();
    dialog = page.getByRole('dialog', { name: '管理产业：低空经济' });
    await dialog.getByRole('listitem').filter({ hasText: '低空经济试点' }).waitFor();
    // A name another industry holds is refused, in Chinese, at the field it concerns.
    await dialog.getByLabel('添加别名').fill('芯片');
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await dialog.getByText('“芯片”已是产业“集成电路”的别名').waitFor();
    await dialog.getByLabel('添加别名').fill('无人机产业');
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await dialog.getByRole('button', { name: '删除别名 无人机产业' }).waitFor();
    expect(await industryNamed('低空经济')).toMatchObject({ aliases: ['低空经济试点', '无人机产业'] });
    await page.keyboard.press('Escape');
    await fill(page, { 查找产业: '无人机产业' });
    await page.getByRole('row').filter({ hasText: '低空经济' }).filter({ hasText: '无人机产业' }).waitFor();

    await page.getByLabel('产业目录文件').setInputFiles(csv('不存在的上级'));
    await page.getByRole('button', { name: '导入目录' }).click();
    await page.getByRole('heading', { name: '产业目录-不存在的上级.csv 有 1 处问题，未导入任何数据' }).waitFor();
    await page.getByRole('row').filter({ hasText: '第2行' }).filter({ hasText: '上级' }).waitFor();
    expect(await industryNamed('浏览器导入产业')).toBeUndefined();
    await page.getByLabel('产业目录文件').setInputFiles(csv('低空经济'));
    await page.getByRole('button', { name: '导入目录' }).click();
    await page.getByRole('heading', { name: '已导入 产业目录-低空经济.csv' }).waitFor();
    expect(await industryNamed('浏览器导入产业')).toMatchObject({ aliases: ['导入别名甲', '导入别名乙'] });
    await fill(page, { 查找产业: '低空经济' });
    await page.getByRole('button', { name: '展开 低空经济（1 个下级）' }).click();
    await page.getByRole('row').filter({ hasText: '浏览器导入产业' }).filter({ hasText: '导入别名甲、导入别名乙' }).waitFor();
    await finish(opened, 'taxonomy.png');
  });
});
