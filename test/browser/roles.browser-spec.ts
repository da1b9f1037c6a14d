// One click-through per role's main path, as a person would do it, in Chromium against the seeded app:
// the enterprise's demand is approved by the admin (the enterprise's inbox badge changes live), the
// researcher finds it in the recommendations and bids, the expert scores the bid, the enterprise sees
// matches and the experts' score, and awards.
import { join } from 'node:path';
import { Console, DEMO, SCREENSHOTS, startConsole } from './browser-setup';
import { futureDate } from '../setup/fixtures';

const TITLE = '碳化硅MOSFET栅氧可靠性提升';

describe('web console: each role’s main path (Chromium)', () => {
  let c: Console;
  let code: string;

  beforeAll(async () => {
    c = await startConsole();
    // The demo researcher works on exactly this problem, so the demand is recommended to them.
    const researcher = await c.api(DEMO.researcher);
    const me = (await researcher.ok(`{ me { talent { id } } }`)).me;
    await researcher.ok(`mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id } }`, {
      id: me.talent.id,
      input: { fields: ['碳化硅MOSFET栅氧可靠性', '4H-SiC MOS界面态钝化'], keywords: ['栅氧', '界面态', '阈值漂移'], remoteOk: true },
    });
    // The enterprise submits a demand for review.
    const enterprise = await c.api(DEMO.enterprise);
    const created = (
      await enterprise.ok(`mutation($input: CreateDemandInput!) { createDemand(input: $input) { id code } }`, {
        input: {
          title: TITLE,
          description: '车规级碳化硅MOSFET在高温栅偏试验后阈值漂移超标，需要改进栅氧化层生长与MOS界面态钝化工艺，形成可量产的工艺方案。',
          indicators: '175℃高温栅偏1000小时阈值漂移小于0.2V',
          keywords: ['碳化硅', '栅氧', '界面态', '阈值漂移'],
          industry: '集成电路',
          region: '浙江省嘉兴市南湖区',
          type: 'TECH_BREAKTHROUGH',
          budget: 300,
          deadline: futureDate(60),
        },
      })
    ).createDemand;
    code = created.code;
    await enterprise.ok(`mutation($id: ID!) { submitDemand(id: $id) { id } }`, { id: created.id });
  }, 240_000);
  afterAll(() => c?.close());

  it('the admin approves it from the review queue; the enterprise’s inbox badge changes without a reload', async () => {
    const ent = await c.signIn(DEMO.enterprise, '/my-demands');
    const badge = ent.page.getByRole('link', { name: /^我的消息，\d+ 条未读$/ });
    const before = Number((await badge.getAttribute('aria-label'))!.match(/\d+/)![0]);

    const admin = await c.signIn(DEMO.admin, '/review');
    const card = admin.page.locator('.el-card').filter({ hasText: TITLE });
    await card.getByText(/质量评分/).waitFor();
    await admin.page.screenshot({ path: join(SCREENSHOTS, 'review.png'), fullPage: true });
    await card.getByRole('button', { name: '通过并发布' }).click();
    await admin.page.getByText(`已通过并发布：${TITLE}`).waitFor();
    await admin.page.getByRole('menuitem', { name: '统计看板' }).click();
    await admin.page.getByRole('heading', { name: '统计看板' }).waitFor();

    await ent.page.getByRole('link', { name: `我的消息，${before + 1} 条未读` }).waitFor();
    expect([...admin.problems, ...ent.problems]).toEqual([]);
    await admin.context.close();
    await ent.context.close();
  });

  it('the researcher finds it in the recommendations and bids', async () => {
    const { page, problems, context } = await c.signIn(DEMO.researcher, '/recommended');
    await page.screenshot({ path: join(SCREENSHOTS, 'recommended.png'), fullPage: true });
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: '我要揭榜' }).waitFor();
    await page.getByRole('button', { name: '提交揭榜' }).click();
    await page.getByText('技术方案至少 10 个字').waitFor();
    await page.getByLabel('技术方案').fill('采用氮化退火与高温氧化协同工艺降低界面态密度，分三个阶段完成中试验证。');
    await page.getByLabel('报价（万元）').fill('260');
    await page.getByLabel('团队成员').fill('王五 教授，赵六 工程师');
    await page.getByRole('button', { name: '提交揭榜' }).click();
    await page.getByText('揭榜申请已提交').waitFor();
    await page.getByRole('heading', { name: /^我的揭榜/ }).waitFor();
    await page.getByRole('cell', { name: '已提交' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the assigned expert finds the demand in the review tasks and scores the sealed bid', async () => {
    const admin = await c.api(DEMO.admin);
    const expertId = (await (await c.api(DEMO.expert)).ok(`{ me { id } }`)).me.id;
    const demandId = (await admin.ok(`query($code: String!) { demand(code: $code) { id } }`, { code })).demand.id;
    await admin.ok(`mutation($d: ID!, $e: [ID!]!) { assignExperts(demandId: $d, expertIds: $e) { id } }`, { d: demandId, e: [expertId] });

    const { page, problems, context } = await c.signIn(DEMO.expert, '/reviews');
    await page.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { name: /^评审（1 份申请，已评 0 份）/ }).waitFor();
    // Sealed: the bids under review do not name the bidder.
    const reviewSection = page.getByRole('region', { name: /^评审（/ });
    await reviewSection.getByText('采用氮化退火').waitFor();
    expect(await reviewSection.getByText('演示科研人员').count()).toBe(0);
    await page.getByLabel('技术方案').fill('88');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByText('评审意见至少 5 个字').waitFor();
    await page.getByLabel('评审意见').fill('技术路线清晰，界面态钝化方案可行，建议补充可靠性验证计划。');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.getByText('评分已提交').waitFor();
    await page.getByRole('heading', { name: /^评审（1 份申请，已评 1 份）/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'expert-review.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the enterprise sees the ranked talents and the bid with the experts’ score, and awards it', async () => {
    const { page, problems, context } = await c.signIn(DEMO.enterprise, '/my-demands');
    await page.getByRole('link', { name: code }).click();
    await page.getByRole('heading', { name: '匹配人才' }).waitFor();
    await page.getByText(/^匹配度强：.+ ↔ .+/).first().waitFor();
    await page.getByRole('heading', { name: /^揭榜申请/ }).waitFor();
    await page.getByRole('cell', { name: /（第 1 名）$/ }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'enterprise-demand.png'), fullPage: true });
    await page.getByRole('button', { name: '授予' }).click();
    await page.getByRole('dialog', { name: '授予揭榜' }).getByRole('button', { name: '确定授予' }).click();
    await page.getByText('已授予揭榜').first().waitFor();
    await page.getByRole('cell', { name: '中榜（挂帅）' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
