import { Gql } from '../setup/test-app';
import { Account, createDemand, demandInput, futureDate, publishedDemand, registerEnterprise, registerResearcher, tableCounts, useAdminApp } from '../setup/fixtures';

const CHECK = `query($input: DemandDraftInput!) {
  demandDraftCheck(input: $input) {
    quality { score passed hints { field code } }
    similar { similarity likelyDuplicate demand { id code } }
  }
}`;

const PUBLISHED = {
  title: '车规级IGBT模块银烧结封装工艺开发',
  industry: '集成电路',
  keywords: ['银烧结', 'IGBT模块', '功率循环', '焊层开裂'],
  description:
    '公司年产车规级IGBT模块约30万只，采用软钎焊贴片，功率循环试验中焊层在2万次左右开裂，热阻上升超过20%，无法满足主机厂寿命要求。' +
    '已尝试更换高铅焊料与真空回流工艺，寿命提升不足10%。需开发纳米银膏低压烧结工艺及配套的基板镀层、烧结夹具与过程检测方法，' +
    '在现有产线上实现银烧结替代软钎焊，完成小批量试产与可靠性验证，并形成可复制的工艺规范与质量控制文件。',
  indicators: '功率循环≥5万次(ΔTj=100K)；烧结层剪切强度≥30MPa；烧结层空洞率≤3%',
  budget: 400,
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
