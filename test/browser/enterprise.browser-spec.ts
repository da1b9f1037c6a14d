// The enterprise's work in Chromium against the seeded app: write a demand with the quality hints
// improving as it is typed and a duplicate warning, save and submit it; withdraw another; on a
// published 赛马制 demand with bids, see the ranked talents with their score bars, shortlist and award.
import { join } from 'node:path';
import { Console, DEMO, fitsTabletWidth, SCREENSHOTS, startConsole } from './browser-setup';
import { bid, futureDate, registerResearcher } from '../setup/fixtures';

// A seeded demand of another enterprise (JX-2022-002, 流榜, so public): the new one copies it.
const COPIED_TITLE = '碳纤维复合材料快速成型及产业化应用';
const COPIED_DESCRIPTION =
  '公司主要从事碳纤维相关产品的研发与生产，已建成自动化生产线4条。目前在复合材料环节难以稳定达到“成型周期≤10min，孔隙率≤1%”的要求，影响产品良率与交付。' +
  '内部研发团队完成了小试，尚未突破中试放大瓶颈。现需围绕碳纤维复合材料快速成型，在碳纤维、复合材料、成型周期等方面开展协同攻关，形成可量产的技术方案。';
// As the date picker shows dates.
const DEADLINE = (([y, m, d]) => `${y}年${Number(m)}月${Number(d)}日`)(futureDate(90).split('-'));
const TO_WITHDRAW = '废旧锂电池正极材料回收工艺开发';
const RACE = '车规级IGBT模块银烧结封装可靠性提升';

describe('web console: the enterprise’s demands (Chromium)', () => {
  let c: Console;
  let raceCode: string;

  beforeAll(async () => {
    c = await startConsole();
    const enterprise = await c.api(DEMO.enterprise);
    const admin = await c.api(DEMO.admin);
    const create = (input: Record<string, unknown>) =>
      enterprise.ok(`mutation($input: CreateDemandInput!) { createDemand(input: $input) { id code } }`, {
        input: { industry: '集成电路', region: '浙江省嘉兴市南湖区', budget: 300, deadline: futureDate(60), ...input },
      });
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
  }, 240_000);
  afterAll(() => c?.close());

  it('writes a new demand, sees the hints improve and a duplicate warning, saves it and submits it', async () => {
    const { page, problems, context } = await c.open('/login');
    await c.login(page, DEMO.enterprise);
    await page.waitForURL(`${c.base}/my-demands`);
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

  it('withdraws a draft from 我的需求 after confirming', async () => {
    const { page, problems, context } = await c.open('/login');
    await c.login(page, DEMO.enterprise);
    await page.waitForURL(`${c.base}/my-demands`);
    await page.getByRole('button', { name: `撤回 ${TO_WITHDRAW}` }).click();
    await page.getByRole('dialog', { name: '撤回需求' }).getByRole('button', { name: '确定撤回' }).click();
    await page.getByText('需求已撤回').waitFor();
    const row = page.getByRole('row', { name: new RegExp(TO_WITHDRAW) });
    await row.getByRole('cell', { name: '已撤回' }).waitFor();
    expect(await row.getByRole('button', { name: /^撤回/ }).count()).toBe(0);
    expect(await fitsTabletWidth(page)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sees the ranked talents with score bars on its 赛马制 demand, shortlists and awards both places', async () => {
    const { page, problems, context } = await c.open('/login');
    await c.login(page, DEMO.enterprise);
    await page.waitForURL(`${c.base}/my-demands`);
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
    expect(await fitsTabletWidth(page)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits a tablet’s width while writing a demand', async () => {
    const { page, problems, context } = await c.open('/login');
    await c.login(page, DEMO.enterprise);
    await page.waitForURL(`${c.base}/my-demands`);
    await page.getByRole('button', { name: '发布需求' }).click();
    await page.getByRole('heading', { name: '发布需求' }).waitFor();
    expect(await fitsTabletWidth(page)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
