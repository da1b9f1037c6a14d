import { bid, futureDate, moveBid, moveDemand, publishedDemand, registerEnterprise, registerResearcher, rowCount, useAdminApp } from '../setup/fixtures';

const MILESTONE = `id seq title dueDate deliverable paymentShare status returnReason reports { content complete }`;
const SET = `mutation($input: SetMilestonesInput!) { setMilestones(input: $input) { ${MILESTONE} } }`;
const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { ${MILESTONE} } }`;
const CONFIRM = `mutation($id: ID!) { confirmMilestone(id: $id) { ${MILESTONE} } }`;
const RETURN = `mutation($id: ID!, $reason: String!) { returnMilestone(id: $id, reason: $reason) { ${MILESTONE} } }`;
const MIDTERM = `mutation($input: MidtermCheckInput!) { recordMidtermCheck(input: $input) { id midtermResult } }`;
const INDUSTRIALISE = `mutation($input: IndustrialisationInput!) { setIndustrialisation(input: $input) { id status industrialisation industrialisationSince } }`;
const FOLLOW = `query($id: ID!) { demand(id: $id) { status industrialisation industrialisationSince midtermResult milestones { ${MILESTONE} } } }`;

const PLAN = [
  { title: '小试配方定型', dueDate: futureDate(30), deliverable: '小试报告及配方', paymentShare: 30 },
  { title: '中试验证', dueDate: futureDate(120), deliverable: '中试报告，导热系数≥3.0W/(m·K)', paymentShare: 40 },
  { title: '量产导入', dueDate: futureDate(240), deliverable: '量产工艺文件', paymentShare: 30 },
];

describe('milestones to acceptance and industrialisation', () => {
  const app = useAdminApp();

  const count = (table: string) => rowCount(app.t, table);

  it('should take an awarded demand through milestones, mid-term check and acceptance to BLUE, all in the ledger', async () => {
    const { t, admin } = app;
    const ent = await registerEnterprise(t);
    const team = await registerResearcher(t);
    const other = await registerResearcher(t, { organizationName: '东南大学', region: '江苏省南京市玄武区' });
    const d = await publishedDemand(ent, admin);
    const b = await bid(team, d.id);
    await bid(other, d.id);
    await ent.gql.ok(moveBid('awardBid'), { id: b.id });

    // Bad plans are refused whole, naming the field.
    const short = await team.gql.fails(SET, { input: { demandId: d.id, milestones: PLAN.slice(0, 2) } });
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', message: 'milestones：各里程碑的付款比例之和应为 100（现为 70）' });
    const past = await team.gql.fails(SET, { input: { demandId: d.id, milestones: [PLAN[0], { ...PLAN[1], dueDate: '2020-01-01' }, PLAN[2]] } });
    expect(past.message).toBe('milestones[1].dueDate：2020-01-01 已经过去');
    const unordered = await team.gql.fails(SET, { input: { demandId: d.id, milestones: [PLAN[1], PLAN[0], PLAN[2]] } });
    expect(unordered.message).toMatch(/^milestones\[1\]\.dueDate：不能早于上一个里程碑/);
    expect((await other.gql.fails(SET, { input: { demandId: d.id, milestones: PLAN } })).code).toBe('FORBIDDEN');
    expect(await count('milestone')).toBe(0);

    const plan = (await team.gql.ok(SET, { input: { demandId: d.id, milestones: PLAN } })).setMilestones;
    expect(plan.map((m: { seq: number; status: string }) => [m.seq, m.status])).toEqual([[1, 'PLANNED'], [2, 'PLANNED'], [3, 'PLANNED']]);
    expect((await ent.gql.ok(FOLLOW, { id: d.id })).demand.milestones).toHaveLength(3);
    expect((await other.gql.ok(FOLLOW, { id: d.id })).demand.milestones).toBeNull();
    await ent.gql.ok(moveDemand('startDemand'), { id: d.id });

    const [m1, m2, m3] = plan.map((m: { id: string }) => m.id);
    const note = (await team.gql.ok(REPORT, { input: { milestoneId: m1, content: '完成三种偶联剂对比实验' } })).reportProgress;
    expect(note).toMatchObject({ status: 'PLANNED', reports: [{ content: '完成三种偶联剂对比实验', complete: false }] });
    expect((await ent.gql.fails(REPORT, { input: { milestoneId: m1, content: '企业不能代报' } })).code).toBe('FORBIDDEN');
    expect((await other.gql.fails(REPORT, { input: { milestoneId: m1, content: '未中标方不能报告' } })).code).toBe('NOT_FOUND');
    expect((await ent.gql.fails(CONFIRM, { id: m1 })).code).toBe('INVALID_STATE_TRANSITION');

    await team.gql.ok(REPORT, { input: { milestoneId: m1, content: '小试配方定型，提交报告', complete: true } });
    expect((await ent.gql.ok(RETURN, { id: m1, reason: '缺少粘度测试数据' })).returnMilestone).toMatchObject({ status: 'RETURNED', returnReason: '缺少粘度测试数据' });
    await team.gql.ok(REPORT, { input: { milestoneId: m1, content: '补充粘度测试数据', complete: true } });
    expect((await ent.gql.ok(CONFIRM, { id: m1 })).confirmMilestone.status).toBe('CONFIRMED');
    expect((await team.gql.fails(SET, { input: { demandId: d.id, milestones: PLAN } })).code).toBe('CONFLICT');

    expect((await ent.gql.fails(MIDTERM, { input: { demandId: d.id, result: 'PASSED', documentRef: '中期-001' } })).code).toBe('FORBIDDEN');
    expect((await admin.gql.ok(MIDTERM, { input: { demandId: d.id, result: 'PASSED', documentRef: '嘉科中检〔2026〕3号' } })).recordMidtermCheck.midtermResult).toBe('PASSED');

    // Acceptance waits for every milestone.
    const early = await admin.gql.fails(moveDemand('acceptDemand', 'documentRef'), { id: d.id, documentRef: '嘉科验〔2026〕9号' });
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(early.message).toContain('还有 2 个里程碑未确认');
    expect((await ent.gql.ok(FOLLOW, { id: d.id })).demand.status).toBe('IN_PROGRESS');
    for (const m of [m2, m3]) {
      await team.gql.ok(REPORT, { input: { milestoneId: m, content: '按期完成', complete: true } });
      await ent.gql.ok(CONFIRM, { id: m });
    }
    expect((await admin.gql.fails(moveDemand('acceptDemand', 'documentRef'), { id: d.id, documentRef: '  ' })).message).toBe('documentRef：验收时必须提供验收报告');
    await admin.gql.ok(moveDemand('acceptDemand', 'documentRef'), { id: d.id, documentRef: '嘉科验〔2026〕9号' });
    const today = t.clock.today();
    expect((await ent.gql.ok(FOLLOW, { id: d.id })).demand).toMatchObject({ status: 'ACCEPTED', industrialisation: 'RED', industrialisationSince: today });

    // 红黄蓝 forward only, dated, never in the future.
    expect((await ent.gql.fails(INDUSTRIALISE, { input: { demandId: d.id, status: 'YELLOW', since: futureDate(3) } })).message).toMatch(/^since：.* 还没有到/);
    expect((await ent.gql.ok(INDUSTRIALISE, { input: { demandId: d.id, status: 'YELLOW', since: today } })).setIndustrialisation.industrialisation).toBe('YELLOW');
    expect((await ent.gql.fails(INDUSTRIALISE, { input: { demandId: d.id, status: 'RED', since: today } })).message).toBe('status：不能从“黄（在建）”变为“红（未开工）”（可变为：蓝（已投产））');
    expect((await team.gql.fails(INDUSTRIALISE, { input: { demandId: d.id, status: 'BLUE', since: today } })).code).toBe('FORBIDDEN');
    const blue = (await admin.gql.ok(INDUSTRIALISE, { input: { demandId: d.id, status: 'BLUE', since: today } })).setIndustrialisation;
    expect(blue).toMatchObject({ status: 'ACCEPTED', industrialisation: 'BLUE' });

    const entries = (await ent.gql.ok(`query($org: ID!) { ledgerEntries(organizationId: $org, page: { limit: 100 }) { entityType action from to note } }`, { org: ent.organizationId })).ledgerEntries;
    const actions = entries.map((e: { action: string }) => e.action);
    for (const a of ['planMilestones', 'progressReport', 'report', 'return', 'confirm', 'midtermCheck', 'start', 'accept', 'industrialisation']) expect(actions).toContain(a);
    expect(entries.filter((e: { entityType: string; action: string }) => e.entityType === 'MILESTONE' && e.action === 'confirm')).toHaveLength(3);
    expect(entries.find((e: { action: string }) => e.action === 'accept').note).toBe('验收报告 嘉科验〔2026〕9号');
    expect(entries.filter((e: { action: string }) => e.action === 'industrialisation').map((e: { note: string }) => e.note)).toEqual([
      `红（未开工） → 黄（在建），自 ${today}`,
      `黄（在建） → 蓝（已投产），自 ${today}`,
    ]);
  });
});
