import { Gql } from '../setup/test-app';
import { Account, createDemand, demandInput, futureDate, publishedDemand, registerEnterprise, registerResearcher, tableCounts, useAdminApp } from '../setup/fixtures';

const CHECK = `query($input: DemandDraftInput!) {
  demandDraftCheck(input: $input) {
    quality { score passed hints { field code } }
    similar { similarity likelyDuplicate demand { id code } }
  }
}`;

const PUBLISHED = {
  title: '新能源汽车电控用高导热有机硅灌封胶开发',
  industry: '氟硅新材料',
  keywords: ['有机硅灌封胶', '导热填料', '表面改性', '低粘度'],
  description:
    '公司以甲基乙烯基硅油、含氢硅油为主要产品，年产能1.2万吨，正向电子灌封胶延伸。电机控制器、车载充电机等部件要求灌封胶兼具高导热、低粘度和高绝缘。' +
    '目前样品在填料添加量超过85wt%后粘度急剧上升，无法自流平，储存中填料沉降严重，导热系数仅1.8W/(m·K)。已尝试复配不同粒径氧化铝，改善有限。' +
    '需开发填料表面处理、粒径级配与加成型体系匹配技术，实现高填充、低粘度、抗沉降的双组分灌封胶，并完成吨级中试。',
  indicators: '导热系数≥3.0W/(m·K)；混合粘度≤8000mPa·s(25℃)；击穿强度≥15kV/mm',
  budget: 300,
};

describe('demandDraftCheck: hints and duplicate warnings before a demand is saved', () => {
  const app = useAdminApp();
  let ent: Account;
  let published: { id: string };

  beforeAll(async () => {
    ent = await registerEnterprise(app.t);
    const other = await registerEnterprise(app.t);
    const list = await app.admin.gql.ok(`mutation { createDemandList(input: { name: "草稿检查测试榜单" }) { id } }`);
    published = await publishedDemand(other, app.admin, { ...PUBLISHED, listId: list.createDemandList.id });
    await createDemand(ent, { title: '氢燃料电池双极板涂层耐腐蚀技术', keywords: ['双极板'], description: '金属双极板在燃料电池工况下腐蚀，接触电阻升高，需开发新型涂层。' });
  });

  const check = (gql: Gql, input: Record<string, unknown>) => gql.ok(CHECK, { input }).then((d) => d.demandDraftCheck);

  it('should raise the score and drop hints as the fields improve, writing nothing', async () => {
    const before = await tableCounts(app.t);
    const first = await check(ent.gql, { title: '灌封胶开发', description: '希望提升灌封胶的导热。', industry: '新材料' });
    expect(first.quality.passed).toBe(false);
    expect(first.quality.hints.map((h: { code: string }) => h.code)).toEqual(
      expect.arrayContaining(['INDICATORS_NOT_MEASURABLE', 'DESCRIPTION_TOO_VAGUE', 'FEW_KEYWORDS', 'BUDGET_MISSING', 'DEADLINE_MISSING', 'INDUSTRY_TOO_BROAD']),
    );
    const better = await check(ent.gql, { title: '灌封胶开发', description: '希望提升灌封胶的导热。', industry: '氟硅新材料', budget: 200, deadline: futureDate(), indicators: '导热系数≥3.0W/(m·K)；粘度≤8000mPa·s' });
    expect(better.quality.score).toBeGreaterThan(first.quality.score);
    expect(better.quality.hints.map((h: { code: string }) => h.code).sort()).toEqual(['DESCRIPTION_TOO_VAGUE', 'FEW_KEYWORDS']);
    const full = await check(ent.gql, { ...PUBLISHED, deadline: futureDate() });
    expect(full.quality).toEqual({ score: 100, passed: true, hints: [] });
    expect(await tableCounts(app.t)).toEqual(before);
  });

  it('should report a near-copy of a published demand in another list as a likely duplicate, and leave the index as it was', async () => {
    const SIMILAR = `query($id: ID!) { similarDemands(demandId: $id) { similarity demand { id } } }`;
    const before = await ent.gql.ok(SIMILAR, { id: published.id });
    const draft = { ...PUBLISHED, deadline: futureDate() };
    const { similar } = await check(ent.gql, draft);
    expect(similar[0].demand.id).toBe(published.id);
    expect(similar[0].similarity).toBeGreaterThanOrEqual(0.8);
    expect(similar[0].likelyDuplicate).toBe(true);
    // The draft was never kept: the published demand ranks its similar ones exactly as before.
    await check(ent.gql, draft);
    expect(await ent.gql.ok(SIMILAR, { id: published.id })).toEqual(before);
    // A demand being edited is not its own duplicate.
    const again = await check(app.admin.gql, { ...draft, demandId: published.id });
    expect(again.similar.map((s: { demand: { id: string } }) => s.demand.id)).not.toContain(published.id);
  });

  it('should list only demands the caller may read', async () => {
    const other = await registerEnterprise(app.t);
    const text = { title: '氢燃料电池双极板涂层耐腐蚀技术', keywords: ['双极板'], description: '金属双极板在燃料电池工况下腐蚀，接触电阻升高，需开发新型涂层。' };
    const mine = await check(ent.gql, text);
    expect(mine.similar.length).toBeGreaterThan(0);
    const theirs = await check(other.gql, text);
    expect(theirs.similar.map((s: { demand: { code: string } }) => s.demand.code)).not.toEqual(expect.arrayContaining(mine.similar.map((s: { demand: { code: string } }) => s.demand.code)));
  });

  it('should refuse bad input naming the field', async () => {
    const long = await ent.gql.fails(CHECK, { input: { title: '题'.repeat(101) } });
    expect(long.code).toBe('BAD_USER_INPUT');
    expect(long.message).toContain('title');
    const industry = await ent.gql.fails(CHECK, { input: { industry: '不存在的产业' } });
    expect(industry.code).toBe('BAD_USER_INPUT');
    expect(industry.message).toContain('industry');
    expect((await ent.gql.fails(CHECK, { input: { budget: -5 } })).message).toContain('budget');
  });

  it('should refuse anonymous callers and researchers', async () => {
    const researcher = await registerResearcher(app.t);
    const input = { title: demandInput().title };
    expect((await new Gql(app.t.app).fails(CHECK, { input })).code).toBe('UNAUTHENTICATED');
    expect((await researcher.gql.fails(CHECK, { input })).code).toBe('FORBIDDEN');
  });
});
