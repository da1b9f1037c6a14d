import { Account, createDemand, moveDemand, publishedDemand, registerEnterprise, registerResearcher, useAdminApp } from '../setup/fixtures';

const QUALITY = `query($id: ID!) { demandQuality(id: $id) { score passed warning hints { field code message } } }`;
const SUBMIT = `mutation($id: ID!) { submitDemand(id: $id) { id status quality { score passed warning hints { code } } } }`;

const PRECISE = {
  title: '新能源汽车电控用高导热有机硅灌封胶开发',
  industry: '氟硅新材料',
  keywords: ['有机硅灌封胶', '导热填料', '表面改性', '低粘度'],
  description:
    '公司以甲基乙烯基硅油、含氢硅油为主要产品，年产能1.2万吨，正向电子灌封胶延伸。电机控制器、车载充电机等部件要求灌封胶兼具高导热、低粘度和高绝缘。' +
    '目前样品在填料添加量超过85wt%后粘度急剧上升，无法自流平，储存中填料沉降严重，导热系数仅1.8W/(m·K)。已尝试复配不同粒径氧化铝，改善有限。' +
    '需开发填料表面处理、粒径级配与加成型体系匹配技术，实现高填充、低粘度、抗沉降的双组分灌封胶，并完成吨级中试。',
  indicators: '导热系数≥3.0W/(m·K)；混合粘度≤8000mPa·s(25℃)；体积电阻率≥1×10^14Ω·cm；击穿强度≥15kV/mm',
  budget: 300,
};
const VAGUE = { title: '新材料技术合作', industry: '新材料', keywords: ['新材料'], description: '希望与高校合作提升产品性能。', indicators: '性能明显提升', budget: null };

describe('demand quality check', () => {
  const app = useAdminApp();
  let ent: Account;
  beforeAll(async () => {
    ent = await registerEnterprise(app.t);
  });

  it('should pass a precise demand with no hints', async () => {
    const d = await createDemand(ent, PRECISE);
    const { demandQuality } = await ent.gql.ok(QUALITY, { id: d.id });
    expect(demandQuality).toEqual({ score: 100, passed: true, warning: null, hints: [] });
  });

  it('should score a vague demand low, name each missing piece, and warn on submit without blocking it', async () => {
    const { admin } = app;
    const d = await createDemand(ent, VAGUE);
    const { demandQuality } = await admin.gql.ok(QUALITY, { id: d.id });
    expect(demandQuality.passed).toBe(false);
    expect(demandQuality.score).toBeLessThan(60);
    expect(demandQuality.hints.map((h: { code: string }) => h.code).sort()).toEqual(
      ['BUDGET_MISSING', 'DESCRIPTION_TOO_VAGUE', 'FEW_KEYWORDS', 'INDICATORS_NOT_MEASURABLE', 'INDUSTRY_TOO_BROAD'].sort(),
    );
    expect(demandQuality.hints.find((h: { field: string }) => h.field === 'indicators').message).toContain('≥98%');

    const { submitDemand } = await ent.gql.ok(SUBMIT, { id: d.id });
    expect(submitDemand.status).toBe('SUBMITTED');
    expect(submitDemand.quality.passed).toBe(false);
    expect(submitDemand.quality.warning).toMatch(/^需求质量评分 \d+ 分，低于 60 分/);
  });

  it('should count partly measurable indicators and a short description by half', async () => {
    const d = await createDemand(ent, { ...PRECISE, indicators: '良率≥98%，其余指标面议', description: PRECISE.description.slice(0, 80) });
    const { demandQuality } = await ent.gql.ok(QUALITY, { id: d.id });
    expect(demandQuality.score).toBe(100 - 15 - 10);
    expect(demandQuality.hints.map((h: { code: string }) => h.code)).toEqual(['INDICATORS_NOT_MEASURABLE', 'DESCRIPTION_TOO_VAGUE']);
  });

  it('should show the check only to the demand’s enterprise and admins', async () => {
    const { t, admin } = app;
    const d = await publishedDemand(ent, admin, PRECISE);
    const other = await registerEnterprise(t);
    const researcher = await registerResearcher(t);
    expect((await other.gql.fails(QUALITY, { id: d.id })).code).toBe('FORBIDDEN');
    expect((await researcher.gql.fails(QUALITY, { id: d.id })).code).toBe('FORBIDDEN');
    const seen = await researcher.gql.ok(`query($id: ID!) { demand(id: $id) { id quality { score } } }`, { id: d.id });
    expect(seen.demand.quality).toBeNull();
    const draft = await createDemand(ent, PRECISE);
    expect((await researcher.gql.fails(QUALITY, { id: draft.id })).code).toBe('NOT_FOUND');
    await ent.gql.ok(moveDemand('withdrawDemand'), { id: draft.id });
  });
});
