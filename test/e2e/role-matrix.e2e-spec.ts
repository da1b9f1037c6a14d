import { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { ADMIN, bid, createDemand, demandInput, futureDate, moveBid, moveDemand, publishedDemand } from '../setup/fixtures';
import { buildWorld, introspect, snapshot, World } from '../setup/proof-world';

// The role matrix: ONE table of (operation, caller with its ownership) → allowed?, from which every
// case is generated. Callers: anonymous; the researcher who bid (and an unrelated one); the
// enterprise that owns the demands (and another); the expert assigned to the demand (and another);
// an admin. Allowed cases must succeed; refused ones must fail with FORBIDDEN, UNAUTHENTICATED or
// NOT_FOUND (where existence is private) and change no row. Every operation of the schema must be
// in the table, so a new one cannot ship without its row.

const CALLERS = ['anonymous', 'researcher', 'otherResearcher', 'enterprise', 'otherEnterprise', 'expert', 'otherExpert', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');
const EVERYONE = [...CALLERS];
const REFUSALS = ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'];

type Vars = Record<string, unknown>;
interface Row {
  /** Operation (root field), or Type.field for a nested field that reveals private data, or GET /path. */
  op: string;
  /** Which record, when one operation has rows for several (e.g. a draft and a published demand). */
  on?: string;
  doc: string;
  allow: readonly Caller[];
  /** Arguments, built fresh for every case when the operation changes state. */
  vars?: (w: World, caller: Caller) => Vars | Promise<Vars>;
  /** Nested fields: what the caller sees is private data (allowed) or nothing (refused). */
  reveals?: (data: any) => boolean;
}

// State builders: each returns a fresh record in the state an operation needs.
const draft = (w: World) => createDemand(w.enterprise);
const submitted = async (w: World) => {
  const d = await draft(w);
  await w.enterprise.gql.ok(moveDemand('submitDemand'), { id: d.id });
  return d;
};
const published = (w: World) => publishedDemand(w.enterprise, w.admin);
const withBid = async (w: World) => {
  const d = await published(w);
  const b = await bid(w.researcher, d.id);
  return { demandId: d.id, bidId: b.id };
};
const taken = async (w: World) => {
  const s = await withBid(w);
  await w.admin.gql.ok(moveBid('awardBid'), { id: s.bidId });
  return s;
};
const inProgress = async (w: World) => {
  const s = await taken(w);
  await w.admin.gql.ok(moveDemand('startDemand'), { id: s.demandId });
  return s;
};
const MILESTONES = (demandId: string) => ({ demandId, milestones: [{ title: '中试', deliverable: '中试报告', dueDate: futureDate(120), paymentShare: 100 }] });
const planned = async (w: World) => {
  const s = await inProgress(w);
  const [m] = (await w.admin.gql.ok(`mutation($input: SetMilestonesInput!) { setMilestones(input: $input) { id } }`, { input: MILESTONES(s.demandId) })).setMilestones;
  return { ...s, milestoneId: m.id as string };
};
const reported = async (w: World) => {
  const s = await planned(w);
  await w.researcher.gql.ok(`mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`, { input: { milestoneId: s.milestoneId, content: '中试完成，报告已提交。', complete: true } });
  return s;
};
/** Someone asking to join the world's enterprise (registering with its name). */
const joinRequest = async (w: World) => {
  const { me } = await w.enterprise.gql.ok(`{ me { organization { name } } }`);
  const email = `join-${Date.now()}-${Math.random().toString(36).slice(2)}@example.cn`;
  const input = { email, password: 'password-123', name: '申请人', role: 'ENTERPRISE', organizationName: me.organization.name, region: '浙江省嘉兴市' };
  const { register } = await w.as.anonymous.ok(`mutation($input: RegisterInput!) { register(input: $input) { joinRequest { id } } }`, { input });
  return { id: register.joinRequest.id as string };
};
/** A state the API reaches only after days pass (流榜) or a whole acceptance: set directly. */
const withStatus = async (w: World, status: string) => {
  const s = await inProgress(w);
  await w.t.dataSource.query(`UPDATE demand SET status = '${status}' WHERE id = '${s.demandId}'`);
  return s;
};
const talentCsv = () => ({
  name: 'roster.csv',
  contentBase64: Buffer.from(`人才编号,姓名,工作单位,所在地区,研究方向\nT-RM-${Date.now() % 1e6},矩阵测试,浙江大学,浙江省杭州市,高分子材料\n`).toString('base64'),
});
const demandCsv = (w: World) => ({
  name: 'list.csv',
  contentBase64: Buffer.from(`需求编号,需求名称,发榜单位,所在地区,产业领域,需求描述\nRM-${Date.now() % 1e6},矩阵测试需求,矩阵测试企业,浙江省嘉兴市,新材料,需开发一种耐高温薄膜的连续化制备工艺。\n`).toString('base64'),
});

/** A fresh industry (an admin's), with one alias, for the taxonomy mutations. */
const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const industry = async (w: World): Promise<{ id: string; alias: string }> => {
  const alias = uniqueName('矩阵别名');
  const { addIndustry } = await w.admin.gql.ok(`mutation($n: String!, $a: String!) { addIndustry(input: { name: $n, parent: "新材料", aliases: [$a] }) { id } }`, { n: uniqueName('矩阵产业'), a: alias });
  return { id: addIndustry.id, alias };
};
const taxonomyCsv = () => ({ name: 'taxonomy.csv', contentBase64: Buffer.from(`名称,上级,别名\n${uniqueName('矩阵导入产业')},新材料,\n`).toString('base64') });

const D = `{ id status }`;
const PRIVATE_DEMAND = `query($id: ID!) { demand(id: $id) { id indicators contactName contactPhone bids { id } milestones { id } health { colour } } }`;

const TABLE: Row[] = [
  // --- queries
  { op: 'bid', doc: `query($id: ID!) { bid(id: $id) { id } }`, allow: ['researcher', 'enterprise', 'expert', 'admin'], vars: (w) => ({ id: w.bidId }) },
  { op: 'bidScores', doc: `query($id: ID!) { bidScores(bidId: $id) { bidId } }`, allow: ['admin'], vars: (w) => ({ id: w.bidId }) },
  { op: 'bidsToReview', doc: `query($id: ID!) { bidsToReview(demandId: $id) { id } }`, allow: ['expert'], vars: (w) => ({ id: w.published.id }) },
  { op: 'demand', on: 'draft', doc: `query($id: ID!) { demand(id: $id) { id } }`, allow: ['enterprise', 'admin'], vars: (w) => ({ id: w.draft.id }) },
  { op: 'demand', on: 'published', doc: `query($id: ID!) { demand(id: $id) { id } }`, allow: EVERYONE, vars: (w) => ({ id: w.published.id }) },
  { op: 'demandList', doc: `query($id: ID!) { demandList(id: $id) { id } }`, allow: EVERYONE, vars: (w) => ({ id: w.listId }) },
  { op: 'demandLists', doc: `{ demandLists { totalCount } }`, allow: EVERYONE },
  { op: 'demandQuality', doc: `query($id: ID!) { demandQuality(id: $id) { score } }`, allow: ['enterprise', 'admin'], vars: (w) => ({ id: w.draft.id }) },
  { op: 'demandDraftCheck', doc: `{ demandDraftCheck(input: { title: "耐高温聚酰亚胺薄膜" }) { quality { score } similar { similarity } } }`, allow: ['enterprise', 'otherEnterprise', 'admin'] },
  { op: 'demands', doc: `{ demands { totalCount } }`, allow: EVERYONE },
  { op: 'experts', doc: `{ experts { id } }`, allow: ['admin'] },
  { op: 'industries', doc: `{ industries { name } }`, allow: EVERYONE },
  { op: 'ledger', doc: `query($id: ID!) { ledger(organizationId: $id) { status } }`, allow: ['enterprise', 'admin'], vars: (w) => ({ id: w.enterprise.organizationId }) },
  { op: 'ledgerEntries', doc: `query($id: ID!) { ledgerEntries(organizationId: $id) { id } }`, allow: ['enterprise', 'admin'], vars: (w) => ({ id: w.enterprise.organizationId }) },
  { op: 'ledgerEntries', on: 'one demand', doc: `query($id: ID!, $d: ID!) { ledgerEntries(organizationId: $id, demandId: $d) { id } }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: w.enterprise.organizationId, d: (await published(w)).id }) },
  { op: 'matchTalents', doc: `query($id: ID!) { matchTalents(demandId: $id) { score } }`, allow: ['enterprise', 'expert', 'otherExpert', 'admin'], vars: (w) => ({ id: w.published.id }) },
  { op: 'me', doc: `{ me { id } }`, allow: EVERYONE },
  { op: 'myReviewAssignments', doc: `{ myReviewAssignments { id } }`, allow: ['expert', 'otherExpert'] },
  { op: 'myBidScores', doc: `query($id: ID!) { myBidScores(demandId: $id) { bidId } }`, allow: ['expert'], vars: (w) => ({ id: w.published.id }) },
  { op: 'myBids', doc: `{ myBids { id } }`, allow: SIGNED_IN },
  { op: 'notifications', doc: `{ notifications { totalCount } }`, allow: SIGNED_IN },
  { op: 'organization', doc: `query($id: ID!) { organization(id: $id) { id } }`, allow: EVERYONE, vars: (w) => ({ id: w.enterprise.organizationId }) },
  { op: 'organizations', doc: `{ organizations { totalCount } }`, allow: EVERYONE },
  { op: 'recommendDemands', doc: `query($id: ID!) { recommendDemands(talentId: $id) { score } }`, allow: ['researcher', 'admin'], vars: (w) => ({ id: w.researcher.talentId }) },
  { op: 'reviewPanel', doc: `query($id: ID!) { reviewPanel(demandId: $id) { id } }`, allow: ['admin'], vars: (w) => ({ id: w.published.id }) },
  { op: 'search', doc: `{ search(kind: DEMAND, query: "聚酰亚胺") { totalCount } }`, allow: EVERYONE },
  { op: 'similarDemands', doc: `query($id: ID!) { similarDemands(demandId: $id) { similarity } }`, allow: EVERYONE, vars: (w) => ({ id: w.published.id }) },
  { op: 'statistics', doc: `{ statistics { published } }`, allow: ['researcher', 'otherResearcher', 'enterprise', 'otherEnterprise', 'admin'] },
  { op: 'talent', doc: `query($id: ID!) { talent(id: $id) { id } }`, allow: EVERYONE, vars: (w) => ({ id: w.researcher.talentId }) },
  { op: 'talents', doc: `{ talents { totalCount } }`, allow: EVERYONE },
  { op: 'users', doc: `{ users { totalCount items { id email } } }`, allow: ['admin'] },

  // --- nested fields that reveal private data: refused callers see null (or nothing)
  { op: 'Demand.indicators', doc: PRIVATE_DEMAND, allow: ['enterprise', 'expert', 'admin'], vars: (w) => ({ id: w.published.id }), reveals: (d) => d.demand.indicators != null },
  { op: 'Demand.contactName', doc: PRIVATE_DEMAND, allow: ['enterprise', 'expert', 'admin'], vars: (w) => ({ id: w.published.id }), reveals: (d) => d.demand.contactName != null },
  { op: 'Demand.contactPhone', doc: PRIVATE_DEMAND, allow: ['enterprise', 'expert', 'admin'], vars: (w) => ({ id: w.published.id }), reveals: (d) => d.demand.contactPhone != null },
  { op: 'Demand.bids', doc: PRIVATE_DEMAND, allow: ['researcher', 'enterprise', 'expert', 'admin'], vars: (w) => ({ id: w.published.id }), reveals: (d) => d.demand.bids.length > 0 },
  { op: 'Demand.milestones', doc: PRIVATE_DEMAND, allow: ['enterprise', 'admin'], vars: (w) => ({ id: w.published.id }), reveals: (d) => d.demand.milestones != null },
  { op: 'Demand.health', doc: PRIVATE_DEMAND, allow: ['enterprise', 'admin'], vars: (w) => ({ id: w.published.id }), reveals: (d) => d.demand.health != null },
  { op: 'Talent.contactEmail', doc: `query($id: ID!) { talent(id: $id) { contactEmail } }`, allow: ['researcher', 'admin'], vars: (w) => ({ id: w.researcher.talentId }), reveals: (d) => d.talent.contactEmail != null },
  { op: 'User.email', doc: `query($id: ID!) { reviewPanel(demandId: $id) { email } }`, allow: ['admin'], vars: (w) => ({ id: w.published.id }), reveals: (d) => d.reviewPanel?.[0]?.email != null },
  {
    // Words found only in the confidential indicators (the title and description share the others).
    op: 'TalentMatch.matchedTerms',
    on: 'confidential indicators',
    doc: `query($id: ID!) { matchTalents(demandId: $id, first: 50) { matchedTerms } }`,
    allow: ['enterprise', 'expert', 'admin'],
    vars: (w) => ({ id: w.published.id }),
    reveals: (d) => (d.matchTalents ?? []).some((m: { matchedTerms: string[] }) => m.matchedTerms.some((t) => /玻璃|转变|强度/.test(t))),
  },

  // --- mutations (each case on fresh records)
  { op: 'acceptDemand', doc: `mutation($id: ID!) { acceptDemand(id: $id, documentRef: "验收-2026-01") ${D} }`, allow: ['admin'], vars: async (w) => ({ id: (await inProgress(w)).demandId }) },
  { op: 'approveDemand', doc: `mutation($id: ID!) { approveDemand(id: $id) ${D} }`, allow: ['admin'], vars: async (w) => ({ id: (await submitted(w)).id }) },
  { op: 'assignExperts', doc: `mutation($d: ID!, $e: [ID!]!) { assignExperts(demandId: $d, expertIds: $e) { id } }`, allow: ['admin'], vars: async (w) => ({ d: (await published(w)).id, e: [w.otherExpert.userId] }) },
  { op: 'awardBid', doc: `mutation($id: ID!) { awardBid(id: $id) { id } }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await withBid(w)).bidId }) },
  { op: 'confirmMilestone', doc: `mutation($id: ID!) { confirmMilestone(id: $id) { id } }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await reported(w)).milestoneId }) },
  { op: 'createDemand', doc: `mutation($input: CreateDemandInput!) { createDemand(input: $input) ${D} }`, allow: ['enterprise', 'admin'], vars: (w) => ({ input: demandInput({ organizationId: w.enterprise.organizationId }) }) },
  { op: 'createDemandList', doc: `mutation { createDemandList(input: { name: "矩阵测试榜单" }) { id } }`, allow: ['admin'] },
  { op: 'createUser', doc: `mutation($e: String!) { createUser(input: { email: $e, password: "password-123", name: "专家", role: EXPERT }) { id } }`, allow: ['admin'], vars: () => ({ e: `rm-${Date.now()}-${Math.random().toString(36).slice(2)}@example.cn` }) },
  { op: 'addIndustry', doc: `mutation($n: String!) { addIndustry(input: { name: $n, parent: "新材料" }) { id } }`, allow: ['admin'], vars: () => ({ n: uniqueName('矩阵产业') }) },
  { op: 'addIndustryAliases', doc: `mutation($id: ID!, $a: [String!]!) { addIndustryAliases(id: $id, aliases: $a) { id } }`, allow: ['admin'], vars: async (w) => ({ id: (await industry(w)).id, a: [uniqueName('矩阵别名')] }) },
  { op: 'importTaxonomy', doc: `mutation($f: ImportFileInput!) { importTaxonomy(file: $f) { created } }`, allow: ['admin'], vars: () => ({ f: taxonomyCsv() }) },
  {
    op: 'mergeIndustry',
    doc: `mutation($id: ID!, $into: ID!) { mergeIndustry(id: $id, intoId: $into) { id } }`,
    allow: ['admin'],
    vars: async (w) => ({ id: (await industry(w)).id, into: (await industry(w)).id }),
  },
  { op: 'moveIndustry', doc: `mutation($id: ID!) { moveIndustry(id: $id, parent: "电子核心") { id } }`, allow: ['admin'], vars: async (w) => ({ id: (await industry(w)).id }) },
  {
    op: 'removeIndustryAliases',
    doc: `mutation($id: ID!, $a: [String!]!) { removeIndustryAliases(id: $id, aliases: $a) { id } }`,
    allow: ['admin'],
    vars: async (w) => {
      const i = await industry(w);
      return { id: i.id, a: [i.alias] };
    },
  },
  { op: 'renameIndustry', doc: `mutation($id: ID!, $n: String!) { renameIndustry(id: $id, name: $n) { id } }`, allow: ['admin'], vars: async (w) => ({ id: (await industry(w)).id, n: uniqueName('矩阵改名') }) },
  { op: 'retireIndustry', doc: `mutation($id: ID!) { retireIndustry(id: $id) { id } }`, allow: ['admin'], vars: async (w) => ({ id: (await industry(w)).id }) },
  { op: 'importDemands', doc: `mutation($f: ImportFileInput!) { importDemands(file: $f, list: "矩阵测试导入") { created } }`, allow: ['admin'], vars: (w) => ({ f: demandCsv(w) }) },
  { op: 'importTalents', doc: `mutation($f: ImportFileInput!) { importTalents(file: $f) { created } }`, allow: ['admin'], vars: () => ({ f: talentCsv() }) },
  { op: 'login', doc: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, allow: EVERYONE, vars: () => ({ e: ADMIN.email, p: ADMIN.password }) },
  { op: 'markNotificationsRead', doc: `mutation { markNotificationsRead }`, allow: SIGNED_IN },
  { op: 'rebuildSearchIndex', doc: `mutation { rebuildSearchIndex { demands } }`, allow: ['admin'] },
  { op: 'recordMidtermCheck', doc: `mutation($id: ID!) { recordMidtermCheck(input: { demandId: $id, result: PASSED, documentRef: "中期-01" }) ${D} }`, allow: ['admin'], vars: async (w) => ({ id: (await inProgress(w)).demandId }) },
  {
    op: 'register',
    doc: `mutation($e: String!) { register(input: { email: $e, password: "password-123", name: "新用户", role: RESEARCHER, organizationName: "浙江大学", region: "浙江省杭州市" }) { token } }`,
    allow: EVERYONE,
    vars: () => ({ e: `rm-${Date.now()}-${Math.random().toString(36).slice(2)}@example.cn` }),
  },
  { op: 'rejectDemand', doc: `mutation($id: ID!) { rejectDemand(id: $id, reason: "指标不够具体") ${D} }`, allow: ['admin'], vars: async (w) => ({ id: (await submitted(w)).id }) },
  { op: 'relistDemand', doc: `mutation($id: ID!, $d: LocalDate!) { relistDemand(id: $id, deadline: $d) ${D} }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await withStatus(w, 'UNTAKEN')).demandId, d: futureDate(90) }) },
  { op: 'reportProgress', doc: `mutation($id: ID!) { reportProgress(input: { milestoneId: $id, content: "按计划推进中。" }) { id } }`, allow: ['researcher'], vars: async (w) => ({ id: (await planned(w)).milestoneId }) },
  { op: 'returnMilestone', doc: `mutation($id: ID!) { returnMilestone(id: $id, reason: "报告缺少数据") { id } }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await reported(w)).milestoneId }) },
  { op: 'runDeadlineJob', doc: `mutation { runDeadlineJob { __typename } }`, allow: ['admin'] },
  {
    op: 'scoreBid',
    doc: `mutation($id: ID!) { scoreBid(input: { bidId: $id, technical: 80, price: 70, schedule: 75, team: 90, comment: "方案可行" }) { bidId } }`,
    allow: ['expert'],
    vars: async (w) => {
      const s = await withBid(w);
      await w.admin.gql.ok(`mutation($d: ID!, $e: [ID!]!) { assignExperts(demandId: $d, expertIds: $e) { id } }`, { d: s.demandId, e: [w.expert.userId] });
      return { id: s.bidId };
    },
  },
  { op: 'setAlertMode', doc: `mutation { setAlertMode(alerts: MUTED) { id } }`, allow: SIGNED_IN },
  {
    op: 'setIndustrialisation',
    doc: `mutation($id: ID!, $s: LocalDate!) { setIndustrialisation(input: { demandId: $id, status: YELLOW, since: $s }) ${D} }`,
    allow: ['enterprise', 'admin'],
    vars: async (w) => ({ id: (await withStatus(w, 'ACCEPTED')).demandId, s: '2026-01-01' }),
  },
  { op: 'setMilestones', doc: `mutation($input: SetMilestonesInput!) { setMilestones(input: $input) { id } }`, allow: ['researcher', 'enterprise', 'admin'], vars: async (w) => ({ input: MILESTONES((await inProgress(w)).demandId) }) },
  { op: 'setReviewWeights', doc: `mutation($id: ID!) { setReviewWeights(listId: $id, weights: { technical: 0.4, price: 0.2, schedule: 0.2, team: 0.2 }) { id } }`, allow: ['admin'], vars: (w) => ({ id: w.listId }) },
  { op: 'shortlistBid', doc: `mutation($id: ID!) { shortlistBid(id: $id) { id } }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await withBid(w)).bidId }) },
  { op: 'startDemand', doc: `mutation($id: ID!) { startDemand(id: $id) ${D} }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await taken(w)).demandId }) },
  {
    op: 'submitBid',
    doc: `mutation($id: ID!) { submitBid(input: { demandId: $id, proposal: "团队拟分三阶段完成中试验证。", quote: 400, durationMonths: 12, teamMembers: ["张三 教授"] }) { id } }`,
    allow: ['researcher', 'otherResearcher'],
    vars: async (w) => ({ id: (await published(w)).id }),
  },
  { op: 'submitDemand', doc: `mutation($id: ID!) { submitDemand(id: $id) ${D} }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await draft(w)).id }) },
  { op: 'terminateDemand', doc: `mutation($id: ID!) { terminateDemand(id: $id, reason: "团队解散") ${D} }`, allow: ['admin'], vars: async (w) => ({ id: (await inProgress(w)).demandId }) },
  { op: 'updateDemand', doc: `mutation($id: ID!) { updateDemand(id: $id, input: { title: "矩阵测试修改后的需求名称" }) ${D} }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await draft(w)).id }) },
  { op: 'updateTalent', doc: `mutation($id: ID!) { updateTalent(id: $id, input: { title: "研究员" }) { id } }`, allow: ['researcher', 'admin'], vars: (w) => ({ id: w.researcher.talentId }) },
  { op: 'withdrawBid', doc: `mutation($id: ID!) { withdrawBid(id: $id) { id } }`, allow: ['researcher'], vars: async (w) => ({ id: (await withBid(w)).bidId }) },
  { op: 'withdrawDemand', doc: `mutation($id: ID!) { withdrawDemand(id: $id) ${D} }`, allow: ['enterprise', 'admin'], vars: async (w) => ({ id: (await draft(w)).id }) },

  // --- subscriptions (graphql-ws)
  { op: 'demandUpdated', on: 'draft', doc: `subscription($id: ID!) { demandUpdated(id: $id) { id } }`, allow: ['enterprise', 'admin'], vars: (w) => ({ id: w.draft.id }) },
  { op: 'demandUpdated', on: 'published', doc: `subscription($id: ID!) { demandUpdated(id: $id) { id } }`, allow: EVERYONE, vars: (w) => ({ id: w.published.id }) },
  { op: 'myNotifications', doc: `subscription { myNotifications { id } }`, allow: SIGNED_IN },

  { op: 'joinRequests', doc: `{ joinRequests { totalCount } }`, allow: ['enterprise', 'otherEnterprise', 'admin'] },
  { op: 'myJoinRequests', doc: `{ myJoinRequests { id } }`, allow: SIGNED_IN },
  { op: 'approveJoinRequest', doc: `mutation($id: ID!) { approveJoinRequest(id: $id) { id status } }`, allow: ['enterprise', 'admin'], vars: joinRequest },
  { op: 'rejectJoinRequest', doc: `mutation($id: ID!) { rejectJoinRequest(id: $id, reason: "不符合") { id status } }`, allow: ['enterprise', 'admin'], vars: joinRequest },
  { op: 'setUserDisabled', doc: `mutation($id: ID!) { setUserDisabled(id: $id, disabled: false) { id } }`, allow: ['admin'], vars: (w) => ({ id: w.otherResearcher.userId }) },
  // --- HTTP downloads
  { op: 'GET /export/:file', on: 'demands.xlsx', doc: '/export/demands.xlsx', allow: ['admin'] },
  { op: 'GET /export/:file', on: 'demands.csv', doc: '/export/demands.csv', allow: ['admin'] },
  { op: 'GET /export/:file', on: 'talents.xlsx', doc: '/export/talents.xlsx', allow: ['admin'] },
  { op: 'GET /export/:file', on: 'talents.csv', doc: '/export/talents.csv', allow: ['admin'] },
  { op: 'GET /statistics.xlsx', doc: '/statistics.xlsx', allow: ['researcher', 'otherResearcher', 'enterprise', 'otherEnterprise', 'admin'] },
  { op: 'GET /statistics.xlsx', on: 'one sheet', doc: '/statistics.xlsx?sheet=funnel', allow: ['researcher', 'otherResearcher', 'enterprise', 'otherEnterprise', 'admin'] },
  { op: 'GET /ledger/:organizationId.xlsx', doc: '/ledger/:organizationId.xlsx', allow: ['enterprise', 'admin'] },
  // Import templates hold no record: anyone may download them.
  { op: 'GET /templates/:file', on: 'demands.xlsx', doc: '/templates/demands.xlsx', allow: EVERYONE },
  { op: 'GET /templates/:file', on: 'talents.xlsx', doc: '/templates/talents.xlsx', allow: EVERYONE },
  // Operations endpoints: public here (no METRICS_TOKEN); they reveal no record.
  { op: 'GET /health/live', doc: '/health/live', allow: EVERYONE },
  { op: 'GET /health/ready', doc: '/health/ready', allow: EVERYONE },
  { op: 'GET /metrics', doc: '/metrics', allow: EVERYONE },
  // Last: it revokes the caller's earlier tokens, which no later case uses.
  {
    op: 'changePassword',
    doc: `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`,
    allow: SIGNED_IN,
    vars: (_w, caller) => (caller === 'admin' ? { c: ADMIN.password, n: 'new-admin-password-2' } : { c: 'password-123', n: 'new-password-456' }),
  },
];

jest.setTimeout(300_000);

describe('role matrix', () => {
  let w: World;
  let wsUrl: string;
  beforeAll(async () => {
    w = await buildWorld();
    await w.t.app.listen(0, '127.0.0.1');
    wsUrl = `ws://127.0.0.1:${(w.t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => w.t.close());

  const tokenOf = (c: Caller): string | undefined =>
    c === 'anonymous' ? undefined : ({ researcher: w.researcher, otherResearcher: w.otherResearcher, enterprise: w.enterprise, otherEnterprise: w.otherEnterprise, expert: w.expert, otherExpert: w.otherExpert, admin: w.admin })[c].gql.token;

  it('should have a row for every query, mutation, subscription and download the app serves', async () => {
    const schema = await introspect(w);
    const ops = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((t) => Object.keys(t?.getFields() ?? {}));
    const covered = new Set(TABLE.map((r) => r.op));
    expect(ops.filter((op) => !covered.has(op))).toEqual([]);
    const routes = downloadRoutes(w);
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });

  /** One case: 'ok', or what went wrong. */
  async function run(row: Row, caller: Caller): Promise<string> {
    const vars = (await row.vars?.(w, caller)) ?? {};
    const allowed = row.allow.includes(caller);
    const before = await snapshot(w.t);
    const outcome = row.op.startsWith('GET ') ? await download(row, caller) : row.doc.startsWith('subscription') ? await subscribe(row, caller, vars) : await graphql(row, caller, vars);
    if (allowed) return outcome.ok ? 'ok' : `refused: ${outcome.detail}`;
    if (outcome.ok) return `allowed: ${outcome.detail}`;
    if (!row.reveals && !REFUSALS.includes(outcome.code ?? '')) return `refused with ${outcome.code}: ${outcome.detail}`;
    const after = await snapshot(w.t);
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    return changed.length ? `refused but changed ${changed.join(', ')}` : 'ok';
  }

  async function graphql(row: Row, caller: Caller, vars: Vars): Promise<{ ok: boolean; code?: string; detail: string }> {
    const req = request(w.t.app.getHttpServer()).post('/graphql');
    const token = tokenOf(caller);
    if (token) req.set('Authorization', `Bearer ${token}`);
    const body = (await req.send({ query: row.doc, variables: vars })).body;
    const err = body.errors?.[0];
    if (row.reveals) {
      if (!body.data || Object.values(body.data).every((v) => v == null)) return { ok: false, code: err?.extensions?.code, detail: err?.message };
      return { ok: row.reveals(body.data), detail: JSON.stringify(body.data).slice(0, 200) };
    }
    return err ? { ok: false, code: err.extensions?.code, detail: err.message } : { ok: true, detail: JSON.stringify(body.data).slice(0, 200) };
  }

  /** A subscription is allowed when the socket stays open without an error for a moment. */
  async function subscribe(row: Row, caller: Caller, vars: Vars): Promise<{ ok: boolean; code?: string; detail: string }> {
    const token = tokenOf(caller);
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams: token ? { authorization: `Bearer ${token}` } : {} });
    try {
      return await new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ ok: true, detail: 'subscribed' }), 400);
        client.subscribe(
          { query: row.doc, variables: vars },
          {
            next: () => undefined,
            complete: () => undefined,
            error: (e: any) => {
              clearTimeout(timer);
              const first = Array.isArray(e) ? e[0] : e;
              // A socket closed for a missing or bad token (4401/4403) is the transport's UNAUTHENTICATED.
              const code = first?.extensions?.code ?? (first?.code === 4403 || first?.code === 4401 ? 'UNAUTHENTICATED' : undefined);
              resolve({ ok: false, code, detail: first?.message ?? first?.reason ?? String(first?.code) });
            },
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  async function download(row: Row, caller: Caller): Promise<{ ok: boolean; code?: string; detail: string }> {
    const req = request(w.t.app.getHttpServer()).get(row.doc.replace(':organizationId', w.enterprise.organizationId!));
    const token = tokenOf(caller);
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    if (res.status === 200) return { ok: true, detail: `${res.headers['content-type']}` };
    const body = JSON.parse((res.body as Buffer).toString('utf8') || '{}');
    return { ok: false, code: body.errors?.[0]?.extensions?.code, detail: `HTTP ${res.status} ${body.errors?.[0]?.message}` };
  }

  for (const row of TABLE) {
    it(`${row.op}${row.on ? ` (${row.on})` : ''}: allowed for ${row.allow.length === CALLERS.length ? 'everyone' : row.allow.join(', ')}`, async () => {
      const results: Record<string, string> = {};
      // Refused callers first, so the allowed ones act on records nobody touched.
      for (const caller of [...CALLERS].sort((a, b) => Number(row.allow.includes(a)) - Number(row.allow.includes(b)))) {
        results[caller] = await run(row, caller);
      }
      expect(results).toEqual(Object.fromEntries(CALLERS.map((c) => [c, 'ok'])));
    });
  }
});

/** GET routes of the app's controllers, as "GET /path" (Express 5 keeps them on the router's stack). */
function downloadRoutes(w: World): string[] {
  const router = (w.t.app.getHttpAdapter().getInstance() as { router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router;
  return (router?.stack ?? [])
    .filter((l) => l.route?.methods.get && l.route.path !== '/graphql')
    .map((l) => `GET ${l.route!.path}`);
}
