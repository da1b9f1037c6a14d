// The researcher's own pages, in Chromium against the seeded app: the profile and alert settings kept
// across a reload, search with facets and highlighted words, the experts' feedback on a bid that was
// not selected (and withdrawing a live one), and the milestone round trip with the enterprise.
import { join } from 'node:path';
import { Console, DEMO, expectFitsTablet, SCREENSHOTS, startConsole } from './browser-setup';
import { demandInput, futureDate, registerResearcher } from '../setup/fixtures';
import type { Page } from 'playwright-core';
import type { Gql } from '../setup/test-app';

const FEEDBACK_TITLE = '碳化硅功率模块银烧结封装工艺';
const MILESTONE_TITLE = '银烧结焊层热循环可靠性提升';
const WITHDRAW_TITLE = '银烧结浆料国产化配方开发';
const PLANLESS_TITLE = '银烧结设备国产化改造';
const COMMENT = '方案可行，但报价偏高，团队缺少量产导入经验。';

async function published(enterprise: Gql, admin: Gql, title: string): Promise<{ id: string; code: string }> {
  const input = demandInput({ title, industry: '集成电路', keywords: ['银烧结', '功率模块'], description: `${title}：需要降低银烧结焊层空洞率并通过1000次热循环，形成可量产工艺。` });
  const d = (await enterprise.ok(`mutation($input: CreateDemandInput!) { createDemand(input: $input) { id code } }`, { input })).createDemand;
  await enterprise.ok(`mutation($id: ID!) { submitDemand(id: $id) { id } }`, { id: d.id });
  await admin.ok(`mutation($id: ID!) { approveDemand(id: $id) { id } }`, { id: d.id });
  return d;
}
const BID = `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`;
const bidOn = (who: Gql, demandId: string) =>
  who.ok(BID, { input: { demandId, proposal: '采用纳米银膏低压烧结工艺，分小试、中试两阶段验证。', quote: 280, durationMonths: 12, teamMembers: ['王五 教授'] } }).then((r) => r.submitBid.id as string);
const award = (enterprise: Gql, id: string) => enterprise.ok(`mutation($id: ID!) { awardBid(id: $id) { id } }`, { id });

describe('web console: the researcher’s pages (Chromium)', () => {
  let c: Console;
  let milestoneCode: string;
  let planlessCode: string;

  beforeAll(async () => {
    c = await startConsole();
    const [researcher, enterprise, admin, expert] = await Promise.all([c.api(DEMO.researcher), c.api(DEMO.enterprise), c.api(DEMO.admin), c.api(DEMO.expert)]);
    const other = await registerResearcher(c.t, { name: '竞争研究员' });

    // Not selected after the expert scored it: another team is awarded.
    const lost = await published(enterprise, admin, FEEDBACK_TITLE);
    const mine = await bidOn(researcher, lost.id);
    const theirs = await bidOn(other.gql, lost.id);
    const expertId = (await expert.ok(`{ me { id } }`)).me.id;
    await admin.ok(`mutation($d: ID!, $e: [ID!]!) { assignExperts(demandId: $d, expertIds: $e) { id } }`, { d: lost.id, e: [expertId] });
    await expert.ok(`mutation($input: ScoreBidInput!) { scoreBid(input: $input) { id } }`, { input: { bidId: mine, technical: 82, price: 60, team: 70, schedule: 75, comment: COMMENT } });
    await award(enterprise, theirs);

    // Awarded to the demo researcher, with a plan of two milestones.
    const won = await published(enterprise, admin, MILESTONE_TITLE);
    milestoneCode = won.code;
    await award(enterprise, await bidOn(researcher, won.id));
    await researcher.ok(`mutation($input: SetMilestonesInput!) { setMilestones(input: $input) { id } }`, {
      input: {
        demandId: won.id,
        milestones: [
          { title: '小试工艺定型', dueDate: futureDate(30), deliverable: '小试报告，空洞率≤3%', paymentShare: 40 },
          { title: '中试验证', dueDate: futureDate(120), deliverable: '1000次热循环试验报告', paymentShare: 60 },
        ],
      },
    });

    // Awarded with no plan yet: the team sets one in the console.
    const planless = await published(enterprise, admin, PLANLESS_TITLE);
    planlessCode = planless.code;
    await award(enterprise, await bidOn(researcher, planless.id));

    // A live bid, to withdraw.
    await bidOn(researcher, (await published(enterprise, admin, WITHDRAW_TITLE)).id);
  }, 240_000);
  afterAll(() => c?.close());

  it('the researcher edits the profile and the alert mode; a reload shows both kept', async () => {
    const { page, problems, context } = await c.signIn(DEMO.researcher, '/recommended');
    await page.getByRole('menuitem', { name: '我的档案' }).click();
    await page.getByRole('heading', { name: '人才档案' }).waitFor();
    await page.getByLabel('姓名').fill('');
    await page.getByRole('button', { name: '保存档案' }).click();
    await page.getByText('请填写姓名').waitFor();
    await page.getByLabel('姓名').fill('演示科研人员');
    await page.getByLabel('职称').fill('研究员');
    await page.getByLabel('研究方向').fill('宽禁带功率器件封装');
    await page.getByLabel('研究方向').press('Enter');
    // The switch's own input is hidden: a person clicks its words.
    if (!(await page.getByRole('switch', { name: '接受远程合作' }).isChecked())) await page.getByText('接受（飞地）').click();
    await page.getByRole('button', { name: '保存档案' }).click();
    await page.getByText('个人档案已保存').waitFor();
    await page.getByRole('radiogroup', { name: '新需求提醒' }).getByText('每周摘要', { exact: true }).click();
    await page.getByText('提醒方式已改为“每周摘要”').waitFor();

    await page.reload();
    await page.getByText('宽禁带功率器件封装').waitFor();
    expect(await page.getByLabel('职称').inputValue()).toBe('研究员');
    expect(await page.getByRole('radio', { name: /每周摘要/ }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: '接受远程合作' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'profile.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('search finds the demands with the words highlighted; a facet filters and survives a reload', async () => {
    const { page, problems, context } = await c.open('/search?q=银烧结');
    await page.getByText(/^共找到 \d+ 条需求$/).waitFor();
    await page.getByRole('link', { name: FEEDBACK_TITLE }).waitFor();
    await page.locator('mark', { hasText: '银烧结' }).first().waitFor();
    await page.getByRole('region', { name: '产业领域' }).getByRole('button', { name: /^集成电路（\d+）$/ }).click();
    await page.waitForURL(/industry=/);
    await page.getByRole('button', { name: '取消筛选 产业领域：集成电路' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.getByRole('button', { name: '取消筛选 产业领域：集成电路' }).waitFor();
    expect(await page.getByLabel('搜索关键词').inputValue()).toBe('银烧结');
    await page.getByRole('link', { name: MILESTONE_TITLE }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png'), fullPage: true });
    await page.getByRole('tab', { name: '人才' }).click();
    await page.getByText(/^共找到 \d+ 条人才$/).waitFor();
    await expectFitsTablet(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('我的揭榜 shows the experts’ feedback on the bid not selected, and withdraws a live bid', async () => {
    const { page, problems, context } = await c.signIn(DEMO.researcher, '/recommended');
    await page.getByRole('menuitem', { name: '我的揭榜' }).click();
    const lost = page.getByRole('row').filter({ hasText: FEEDBACK_TITLE });
    await lost.getByRole('cell', { name: '未入选' }).waitFor();
    const feedback = page.getByRole('region', { name: '未入选申请的评审反馈' });
    await feedback.getByRole('heading', { name: FEEDBACK_TITLE }).waitFor();
    await feedback.getByText(COMMENT).waitFor();
    await feedback.getByText(/排第 1 名/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'my-bids.png'), fullPage: true });

    const live = page.getByRole('row').filter({ hasText: WITHDRAW_TITLE });
    await live.getByRole('button', { name: '撤回' }).click();
    await page.getByRole('button', { name: '确定撤回' }).click();
    await page.getByText('揭榜申请已撤回').waitFor();
    await live.getByRole('cell', { name: '已撤回' }).waitFor();
    await expectFitsTablet(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('milestones: the researcher reports, the enterprise returns with a reason, the researcher reports again, the enterprise confirms', async () => {
    // Signing in from the demand's link comes back to it.
    const res = await c.open(`/login?next=/demands/${milestoneCode}`);
    await c.login(res.page, DEMO.researcher);
    await res.page.getByRole('heading', { name: '里程碑与进展' }).waitFor();
    const first = (p: typeof res.page) => p.locator('.el-card', { has: p.getByRole('heading', { name: /^1\. 小试工艺定型/ }) });
    await first(res.page).getByLabel('进展报告').fill('小试完成，空洞率2.1%，报告编号 XS-2026-01');
    await first(res.page).getByRole('button', { name: '提交报告' }).click();
    await res.page.getByText('已提交完成情况，等待企业确认').waitFor();
    await first(res.page).getByText('已提交', { exact: true }).waitFor();

    const ent = await c.open(`/login?next=/demands/${milestoneCode}`);
    await c.login(ent.page, DEMO.enterprise);
    await first(ent.page).getByText('小试完成，空洞率2.1%').waitFor();
    await first(ent.page).getByRole('button', { name: '退回' }).click();
    await ent.page.getByText('请填写退回理由').waitFor();
    await first(ent.page).getByLabel('退回理由').fill('缺少剪切强度测试数据');
    await first(ent.page).getByRole('button', { name: '退回' }).click();
    await ent.page.getByText('里程碑已退回').waitFor();

    await res.page.reload();
    await first(res.page).getByText('退回理由：缺少剪切强度测试数据').waitFor();
    await first(res.page).getByLabel('进展报告').fill('补充剪切强度测试数据：平均 32MPa');
    await first(res.page).getByRole('button', { name: '提交报告' }).click();
    await res.page.getByText('已提交完成情况，等待企业确认').waitFor();

    await ent.page.reload();
    await first(ent.page).getByRole('button', { name: '确认完成' }).click();
    await ent.page.getByText('里程碑已确认').waitFor();
    await first(ent.page).getByText('已确认', { exact: true }).waitFor();
    await ent.page.screenshot({ path: join(SCREENSHOTS, 'milestones.png'), fullPage: true });
    await expectFitsTablet(ent.page);
    expect([...res.problems, ...ent.problems]).toEqual([]);
    await res.context.close();
    await ent.context.close();
  });

  it('the awarded team sets a milestone plan where none exists, checked before sending', async () => {
    const { page, problems, context } = await c.open(`/login?next=/demands/${planlessCode}`);
    await c.login(page, DEMO.researcher);
    await page.getByText('尚未制定里程碑计划').waitFor();
    await page.getByRole('button', { name: '添加里程碑' }).click();
    await page.getByRole('button', { name: '保存计划' }).click();
    await page.getByText('请填写里程碑名称').first().waitFor();
    await page.getByText('付款比例为 1–100 的整数').waitFor();
    await page.getByRole('button', { name: '删除里程碑 2' }).click();
    const row = page.getByRole('group', { name: '里程碑 1' });
    await row.getByLabel('名称').fill('设备改造方案评审');
    const [y, m, d] = futureDate(45).split('-').map(Number);
    await row.getByLabel('计划完成日期').fill(`${y}年${m}月${d}日`);
    await row.getByLabel('计划完成日期').press('Enter');
    await row.getByLabel('交付物').fill('改造方案及评审意见');
    await page.getByRole('button', { name: '保存计划' }).click();
    await page.getByText('里程碑计划已保存').waitFor();
    await page.getByRole('heading', { name: /^1\. 设备改造方案评审/ }).waitFor();
    await page.getByText(`${y}年${m}月${d}日`, { exact: true }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
