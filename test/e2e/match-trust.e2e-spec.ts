// Match scores a person can trust, on the seeded programme: absolute strength, concept-pair reasons,
// and saying "no good candidate" with advice instead of showing 0.9 to the wrong people.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Account, LOGIN, publishedDemand, registerEnterprise, registerResearcher } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../seeds/lists.json'), 'utf8'));
const MATCH = `query($id: ID!) { matchTalents(demandId: $id, first: 10) { score strength reasons conceptPairs { demand candidate } talent { id } } }`;
const OUTLOOK = `query($code: String!) { demand(code: $code) { id matchOutlook { strongCount moderateCount advice } } }`;
const PROFILE = `mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id } }`;
const INBOX = `{ notifications(page: { limit: 50 }) { items { kind body demandId } } }`;
const GENERIC = ['技术', '研究', '系统', '特性', '生产', '国家', '目标', '应用', '方法'];

type Match = { score: number; strength: string; reasons: string; conceptPairs: { demand: string; candidate: string }[]; talent: { id: string } };

describe('match scores a person can trust (seeded app)', () => {
  let t: TestApp;
  let admin: Account;

  beforeAll(async () => {
    t = await createTestApp({ SEED: 'true' });
    const account = manifest.demoAccounts.find((a: { role: string }) => a.role === 'ADMIN');
    const token = (await new Gql(t.app).ok(LOGIN, { email: account.email, password: manifest.demoPassword })).login.token;
    admin = { gql: new Gql(t.app, token), userId: '' };
  }, 180_000);
  afterAll(() => t.close());

  const expectCheckableReasons = (matches: Match[]) => {
    for (const m of matches) {
      expect(m.reasons).toMatch(/^匹配度[强中弱]/);
      expect(m.conceptPairs.length).toBeLessThanOrEqual(3);
      for (const p of m.conceptPairs) {
        for (const side of [p.demand, p.candidate]) {
          expect([...side].length).toBeLessThanOrEqual(14);
          expect(side).not.toMatch(/[，。；]/);
          expect(GENERIC).not.toContain(side);
        }
        expect(m.reasons).toContain(`${p.demand} ↔ ${p.candidate}`);
      }
    }
  };

  it.each([
    ['CS-202614', '复杂航空载体电磁辐射空域特性测量技术'],
    ['XH-202617', '基于多模态AI监测的老年人跌倒风险、心理健康、诈骗识别及预警研究'],
  ])('%s (%s) has no STRONG candidate, and the outlook says what to do', async (code) => {
    const { demand } = await admin.gql.ok(OUTLOOK, { code });
    const matches: Match[] = (await admin.gql.ok(MATCH, { id: demand.id })).matchTalents;
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((m) => m.strength === 'STRONG')).toEqual([]);
    expect(Math.max(...matches.map((m) => m.score))).toBeLessThan(0.65);
    expectCheckableReasons(matches);
    // Sharing only generic words is WEAK and names no concept.
    for (const m of matches.filter((x) => !x.conceptPairs.length)) expect(m.strength).toBe('WEAK');
    expect(demand.matchOutlook.strongCount).toBe(0);
    expect(demand.matchOutlook.advice).toMatch(/建议/);
    expect(demand.matchOutlook.advice).toMatch(/飞地/);
    expect(demand.matchOutlook.advice).toMatch(/榜单/);
    expect(demand.matchOutlook.advice).toMatch(/改写需求：「.+」/);
  });

  it('finds an exact expert STRONG with concept pairs, in matchTalents, recommendDemands and the alert', async () => {
    const ent = await registerEnterprise(t);
    const expert = await registerResearcher(t);
    await expert.gql.ok(PROFILE, {
      id: expert.talentId,
      input: {
        fields: ['碳化硅MOSFET栅氧可靠性', '4H-SiC MOS界面态钝化'],
        keywords: ['栅氧', '界面态', '阈值漂移', '高温栅偏'],
        bio: '长期从事碳化硅功率器件栅氧化层与MOS界面研究，熟悉氮化退火钝化和高温栅偏可靠性评价。',
        remoteOk: true,
      },
    });
    const demand = await publishedDemand(ent, admin, {
      title: '碳化硅MOSFET栅氧可靠性提升',
      keywords: ['碳化硅', '栅氧', '界面态', '阈值漂移'],
      description: '车规级碳化硅MOSFET在高温栅偏试验后阈值漂移超标，需要改进栅氧化层生长与MOS界面态钝化工艺。',
      industry: '集成电路',
    });
    const matches: Match[] = (await ent.gql.ok(MATCH, { id: demand.id })).matchTalents;
    const found = matches.find((m) => m.talent.id === expert.talentId)!;
    expect(found.strength).toBe('STRONG');
    expect(found.reasons).toMatch(/^匹配度强：.+ ↔ .+/);
    expect(found.conceptPairs.length).toBeGreaterThan(0);
    expectCheckableReasons(matches);
    const outlook = (await ent.gql.ok(OUTLOOK, { code: demand.code })).demand.matchOutlook;
    expect(outlook.strongCount).toBeGreaterThanOrEqual(1);
    expect(outlook.advice).toBeNull();
    // Only those who may run matchTalents see the outlook.
    expect((await expert.gql.ok(OUTLOOK, { code: demand.code })).demand.matchOutlook).toBeNull();

    const recommended = (await expert.gql.ok(`query($id: ID!) { recommendDemands(talentId: $id) { strength reasons conceptPairs { demand candidate } demand { id } } }`, { id: expert.talentId })).recommendDemands;
    const back = recommended.find((r: { demand: { id: string } }) => r.demand.id === demand.id);
    expect(back.strength).toBe('STRONG');
    expect(back.reasons).toMatch(/ ↔ /);
    const alert = (await expert.gql.ok(INBOX)).notifications.items.find((n: { kind: string; demandId: string }) => n.kind === 'MATCHED_DEMAND' && n.demandId === demand.id);
    expect(alert.body).toMatch(/^匹配度强：.+ ↔ .+（匹配分 \d+）$/);
  });
});
