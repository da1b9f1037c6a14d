// The enterprise's work in Chromium against the seeded app: write a demand with the quality hints
// improving as it is typed and a duplicate warning, save and submit it; withdraw another; on a
// published 赛马制 demand with bids, see the ranked talents with their score bars, shortlist and award.
import { join } from 'node:path';
import { Console, DEMO, expectFitsTablet, SCREENSHOTS, startConsole } from './browser-setup';
import { bid, futureDate, registerResearcher } from '../setup/fixtures';

// A seeded demand of another enterprise (JX-2022-002, 流榜, so public): the new one copies it.
const COPIED_TITLE = '碳纤维复合材料快速成型及产业化应用';
const COPIED_DESCRIPTION =
  '公司主要从事碳纤维相关产品的研发与生产，已建成自动化生产线4条。目前在复合材料环节难以稳定达到“成型周期≤10min，孔隙率≤1%”的要求，影响产品良率与交付。' +
  '内部研发团队完成了小试，尚未突破中试放大瓶颈。现需围绕碳纤维复合材料快速成型，在碳纤维、复合材料、成型周期等方面开展协同攻关，形成可量产的技术方案。';
// As the date picker shows dates.
const shown = (iso: string) => (([y, m, d]) => `${y}年${Number(m)}月${Number(d)}日`)(iso.split('-'));
const DEADLINE = shown(futureDate(90));
const TO_WITHDRAW = '废旧锂电池正极材料回收工艺开发';
const RACE = '车规级IGBT模块银烧结封装可靠性提升';
const SENT_BACK = '高镍三元前驱体连续共沉淀工艺优化';
const PROJECT = '光伏背板用含氟涂层耐候性提升';
const SENT_BACK_REASON = '请补充现有工艺的粒径分布数据和目标指标';

describe('web console: the enterprise’s demands (Chromium)', () => {
  let c: Console;
  let raceCode: string;
  let projectCode: string;

  beforeAll(async () => {
    c = await startConsole();
    const enterprise = await c.api(DEMO.enterprise);
    const admin = await c.api(DEMO.admin);
    const create = (input: Record<string, unknown>) =>
      enterprise.ok(`mutation($input: CreateDemandInput!) { createDemand(input: $input) { id code } }`, {
        input: { industry: '集成电路', region: '浙江省嘉兴市南湖区', budget: 300, deadline: futureDate(60), ...input },
      });
    // Sent back by the reviewer: a draft again, with the reason.
    const sentBack = (await create({ title: SENT_BACK, description: '前驱体批次间粒径分布波动大，需要优化连续共沉淀反应的控制策略。', industry: '新材料' })).createDemand;
    await enterprise.ok(`mutation($id: ID!) { submitDemand(id: $id) { id } }`, { id: sentBack.id });
    await admin.ok(`mutation($id: ID!, $reason: String!) { rejectDemand(id: $id, reason: $reason) { id } }`, { id: sentBack.id, reason: SENT_BACK_REASON });
    await create({ title: TO_WITHDRAW, description: '退役动力电池正极材料回收率低、杂质多，需要开发短流程湿法回收工艺。', industry: '新材料' });
    // A 赛马制 demand with two places, published, with bids from three researchers.
    const race = (
      await create({
        title: RACE,
        description: '车规级IGBT模块在功率循环试验中焊层开裂，需要以银烧结替代软钎焊，提升模块功率循环寿命并形成量产工艺。',
        indicators: '功率循环≥5万次；烧结层剪切强度≥30MPa',
        keywords: ['银烧结', 'IGBT', '功率模块', '封装可靠性'],
        maxWinners: 2,
      })
    ).createDemand;
    raceCode = race.code;
    await enterprise.ok(`mutation($id: ID!) { submitDemand(id: $id) { id } }`, { id: race.id });
    await admin.ok(`mutation($id: ID!) { approveDemand(id: $id) { id } }`, { id: race.id });
    for (const name of ['钱七', '孙八', '周九']) await bid(await registerResearcher(c.t, { name }), race.id);
    // Awarded (已揭榜): the contract is still to be signed.
    const project = (await create({ title: PROJECT, description: '光伏背板含氟涂层在湿热老化后黄变、附着力下降，需要提升耐候性并通过双85测试。', industry: '新材料' })).createDemand;
    projectCode = project.code;
    await enterprise.ok(`mutation($id: ID!) { submitDemand(id: $id) { id } }`, { id: project.id });
    await admin.ok(`mutation($id: ID!) { approveDemand(id: $id) { id } }`, { id: project.id });
    const winner = await bid(await registerResearcher(c.t, { name: '吴十' }), project.id);
    await enterprise.ok(`mutation($id: ID!) { awardBid(id: $id) { id } }`, { id: winner.id });
  }, 240_000);
  afterAll(() => c?.close());

  it('writes a new demand, sees the hints improve and a duplicate warning, saves it and submits it', async () => {
    const { page, problems, context } = await c.signIn(DEMO.enterprise, '/my-demands');
    await page.getByRole('button', { name: '发布需求' }).click();
    await page.getByRole('heading', { name: '发布需求' }).waitFor();

    await page.getByLabel('需求名称').fill(COPIED_TITLE);
    await page.getByLabel('需求描述').fill('希望提升碳纤维复合材料成型效率。');
    const score = page.getByText(/^质量评分 \d+ 分$/);
    await score.waitFor();
    const first = Number((await score.textContent())!.match(/\d+/)![0]);
    await page.getByText(/请给出 3 个以上技术关键词/).waitFor();

    await page.getByLabel('需求描述').fill(COPIED_DESCRIPTION);
    await page.getByLabel('技术指标').fill('成型周期≤10min；孔隙率≤1%');
    for (const k of ['碳纤维', '复合材料', '成型周期']) {
      await page.getByLabel('关键词').fill(k);
      await page.getByLabel('关键词').press('Enter');
    }
    await page.getByRole('combobox', { name: '产业领域' }).click();
    await page.getByRole('option', { name: '新材料', exact: true }).click();
    await page.getByLabel('所在地区').fill('浙江省嘉兴市南湖区');
    await page.getByLabel('拟投入资金（万元）').fill('200');
    await page.getByLabel('拟投入资金（万元）').blur();
    await page.getByLabel('揭榜截止日期').fill(DEADLINE);
    await page.getByLabel('揭榜截止日期').press('Enter');
    await page.getByText('相似需求（可能重复）').waitFor();
    await page.getByRole('link', { name: `JX-2022-002 ${COPIED_TITLE}` }).waitFor();
    await page.getByText(/请给出 3 个以上技术关键词/).waitFor({ state: 'detached' });
    await page.getByText('未填写拟投入资金', { exact: false }).waitFor({ state: 'detached' });
    await page.getByText('未填写揭榜截止日期').waitFor({ state: 'detached' });
    await page.getByText(/^产业领域“新材料”只到门类/).waitFor();
    await page.getByText('检查中…').waitFor({ state: 'detached' });
    const better = Number((await score.textContent())!.match(/\d+/)![0]);
    expect(better).toBeGreaterThan(first);
    await page.screenshot({ path: join(SCREENSHOTS, 'demand-edit.png'), fullPage: true });

    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('草稿已保存').waitFor().catch(async (e) => {
      throw new Error(`${e.message}\n${(await page.locator('.el-form-item__error, .el-message').allInnerTexts()).join('\n')}`);
    });
    await page.waitForURL(/\/my-demands\/[^/]+\/edit$/);
    await page.getByRole('heading', { name: /^编辑需求 / }).waitFor();
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.waitForURL(`${c.base}/my-demands`);
    const row = page.getByRole('row', { name: new RegExp(COPIED_TITLE) });
    await row.getByRole('cell', { name: '待审核' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads why the reviewer sent a demand back when opening it to edit', async () => {
    const { page, problems, context } = await c.signIn(DEMO.enterprise, '/my-demands');
    await page.getByRole('link', { name: `编辑 ${SENT_BACK}` }).click();
    await page.getByText(`退回理由：${SENT_BACK_REASON}`).waitFor();
    await page.getByText(/审核退回$/).waitFor();
    await expect(page.getByLabel('需求名称').inputValue()).resolves.toBe(SENT_BACK);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('withdraws a draft from 我的需求 after confirming', async () => {
    const { page, problems, context } = await c.signIn(DEMO.enterprise, '/my-demands');
    await page.getByRole('button', { name: `撤回 ${TO_WITHDRAW}` }).click();
    await page.getByRole('dialog', { name: '撤回需求' }).getByRole('button', { name: '确定撤回' }).click();
    await page.getByText('需求已撤回').waitFor();
    const row = page.getByRole('row', { name: new RegExp(TO_WITHDRAW) });
    await row.getByRole('cell', { name: '已撤回' }).waitFor();
    expect(await row.getByRole('button', { name: /^撤回/ }).count()).toBe(0);
    await expectFitsTablet(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sees the ranked talents with score bars on its 赛马制 demand, shortlists and awards both places', async () => {
    const { page, problems, context } = await c.signIn(DEMO.enterprise, '/my-demands');
    await page.getByRole('link', { name: raceCode }).click();
    await page.getByRole('heading', { name: '匹配人才' }).waitFor();
    const breakdown = page.getByLabel(/的匹配分构成$/).first();
    await breakdown.getByText('文本相关度').waitFor();
    await breakdown.getByText('产业匹配').waitFor();
    await page.getByRole('heading', { name: '揭榜申请（赛马制，名额 2 个，已授予 0 个）' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'demand-owner.png'), fullPage: true });

    await page.getByRole('button', { name: '入围 钱七' }).click();
    await page.getByText('已入围').waitFor();
    await page.getByRole('row', { name: /钱七/ }).getByRole('cell', { name: '入围', exact: true }).waitFor();
    for (const [name, awarded] of [['钱七', 1], ['孙八', 2]] as const) {
      await page.getByRole('button', { name: `授予 ${name}` }).click();
      await page.getByRole('dialog', { name: '授予揭榜' }).getByRole('button', { name: '确定授予' }).click();
      await page.getByRole('heading', { name: `揭榜申请（赛马制，名额 2 个，已授予 ${awarded} 个）` }).waitFor();
      await page.getByRole('row', { name: new RegExp(name) }).getByRole('cell', { name: '中榜（挂帅）' }).waitFor();
    }
    // Both places filled: the demand is 已揭榜, the third bid is not selected and nothing more can be awarded.
    await page.getByRole('row', { name: /周九/ }).getByRole('cell', { name: '未入选' }).waitFor();
    expect(await page.getByRole('button', { name: /^授予/ }).count()).toBe(0);
    await expectFitsTablet(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves the awarded project on: the enterprise signs, the admin records the mid-term check and accepts, the enterprise reports 红黄蓝', async () => {
    const ent = await c.signIn(DEMO.enterprise, '/my-demands');
    await ent.page.getByRole('link', { name: projectCode }).click();
    const progress = (page: typeof ent.page) => page.getByRole('region', { name: '项目进程' });
    await progress(ent.page).getByRole('button', { name: '签约立项' }).click();
    await ent.page.getByRole('dialog', { name: '签约立项' }).getByRole('button', { name: '确定' }).click();
    await ent.page.getByText('已签约立项，需求进入攻关').waitFor();
    // Only an admin checks and accepts.
    await progress(ent.page).getByText('尚未检查').waitFor();
    expect(await progress(ent.page).getByRole('button', { name: '验收通过' }).count()).toBe(0);

    const adm = await c.open(`/login?next=/demands/${projectCode}`);
    await c.login(adm.page, DEMO.admin);
    await progress(adm.page).getByRole('button', { name: '记录中期检查' }).click();
    const midterm = adm.page.getByRole('dialog', { name: '记录中期检查' });
    await midterm.getByText('通过', { exact: true }).click();
    await midterm.getByRole('button', { name: '确定记录中期检查' }).click();
    await midterm.getByText('请填写报告文号').waitFor();
    await midterm.getByLabel('报告文号').fill('嘉科中检〔2026〕7号');
    await midterm.getByRole('button', { name: '确定记录中期检查' }).click();
    await adm.page.getByText('中期检查已记录').waitFor();
    await progress(adm.page).getByText(/^通过（/).waitFor();
    await progress(adm.page).getByRole('button', { name: '验收通过' }).click();
    const accept = adm.page.getByRole('dialog', { name: '验收通过' });
    await accept.getByLabel('报告文号').fill('嘉科验〔2026〕12号');
    await accept.getByRole('button', { name: '确定验收通过' }).click();
    await adm.page.getByText('已验收', { exact: true }).first().waitFor();

    await ent.page.reload();
    await progress(ent.page).getByRole('button', { name: '填报产业化进展' }).click();
    const report = ent.page.getByRole('dialog', { name: '填报产业化进展' });
    await report.getByText('黄（在建）').click();
    // 红（未开工） began on the acceptance day (China's today): 在建 cannot begin earlier.
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const yesterday = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
    for (const day of [yesterday, today]) {
      await report.getByLabel('起始日期').fill(shown(day));
      await report.getByLabel('起始日期').press('Enter');
      await report.getByRole('button', { name: '确定填报产业化进展' }).click();
      if (day === yesterday) await report.getByText(/^起始日期不能早于.*（当前状态开始的日期）$/).waitFor();
    }
    await ent.page.getByText('产业化进展已更新').waitFor();
    await progress(ent.page).getByText('黄（在建）').waitFor();
    await ent.page.screenshot({ path: join(SCREENSHOTS, 'project-progress.png'), fullPage: true });
    await expectFitsTablet(ent.page);
    expect([...ent.problems, ...adm.problems]).toEqual([]);
    await ent.context.close();
    await adm.context.close();
  });

  it('fits a tablet’s width while writing a demand', async () => {
    const { page, problems, context } = await c.signIn(DEMO.enterprise, '/my-demands');
    await page.getByRole('button', { name: '发布需求' }).click();
    await page.getByRole('heading', { name: '发布需求' }).waitFor();
    await expectFitsTablet(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
