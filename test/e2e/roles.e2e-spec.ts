import {
  ADMIN_ENV,
  Account,
  CREATE_DEMAND,
  GET_DEMAND,
  REGISTER,
  SUBMIT_BID,
  bid,
  createDemand,
  createUser,
  demandInput,
  loginAdmin,
  moveBid,
  moveDemand,
  publishedDemand,
  registerEnterprise,
  registerResearcher,
  tableCounts,
} from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const UPDATE_DEMAND = `mutation($id: ID!, $input: UpdateDemandInput!) { updateDemand(id: $id, input: $input) { id title } }`;
const UPDATE_TALENT = `mutation($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id bio } }`;
const LEDGER = `query($org: ID!) { ledger(organizationId: $org) { status colour } ledgerEntries(organizationId: $org) { id } }`;
const CONFIDENTIAL = `query($id: ID!) { demand(id: $id) { indicators contactName contactPhone } }`;
const BID = `query($id: ID!) { bid(id: $id) { id status } }`;

/**
 * Every row of domain.md's role matrix, tried by each role that may not: the call fails with
 * FORBIDDEN (or NOT_FOUND where existence is private, UNAUTHENTICATED when anonymous), and the
 * database is the same afterwards.
 */
describe('role matrix', () => {
  let t: TestApp;
  let admin: Account;
  let owner: Account;
  let otherEnt: Account;
  let bidder: Account;
  let otherResearcher: Account;
  let expert: Account;
  let anon: Gql;
  let draftId: string;
  let publishedId: string;
  let bidId: string;

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
    owner = await registerEnterprise(t);
    otherEnt = await registerEnterprise(t);
    bidder = await registerResearcher(t);
    otherResearcher = await registerResearcher(t);
    expert = await createUser(admin, t, 'EXPERT', { organizationName: '浙江省科技评估中心', organizationType: 'INSTITUTE' });
    anon = new Gql(t.app);
    draftId = (await createDemand(owner)).id;
    publishedId = (await publishedDemand(owner, admin, { indicatorsConfidential: true, contactName: '王工', contactPhone: '0573-1234567' })).id;
    bidId = (await bid(bidder, publishedId)).id;
  });
  afterAll(() => t.close());

  /** Runs a forbidden call and checks its code and that nothing changed. */
  async function refused(gql: Gql, doc: string, vars: Record<string, unknown>, codes: string[]) {
    const before = await tableCounts(t);
    const snapshot = await t.dataSource.query(`SELECT * FROM demand ORDER BY id`);
    const err = await gql.fails(doc, vars);
    expect(codes).toContain(err.code);
    expect(await tableCounts(t)).toEqual(before);
    expect(await t.dataSource.query(`SELECT * FROM demand ORDER BY id`)).toEqual(snapshot);
  }

  it('create/edit/submit/withdraw a demand: only its enterprise (while editable) and admins', async () => {
    for (const who of [bidder, expert]) await refused(who.gql, CREATE_DEMAND, { input: demandInput() }, ['FORBIDDEN']);
    await refused(anon, CREATE_DEMAND, { input: demandInput() }, ['UNAUTHENTICATED']);
    await refused(otherEnt.gql, CREATE_DEMAND, { input: demandInput({ organizationId: owner.organizationId }) }, ['FORBIDDEN']);
    for (const who of [bidder, expert]) {
      await refused(who.gql, UPDATE_DEMAND, { id: draftId, input: { title: '改过的标题内容' } }, ['FORBIDDEN']);
      await refused(who.gql, moveDemand('submitDemand'), { id: draftId }, ['FORBIDDEN']);
      await refused(who.gql, moveDemand('withdrawDemand'), { id: publishedId }, ['FORBIDDEN']);
    }
    await refused(otherEnt.gql, UPDATE_DEMAND, { id: draftId, input: { title: '改过的标题内容' } }, ['NOT_FOUND']);
    await refused(otherEnt.gql, moveDemand('submitDemand'), { id: draftId }, ['NOT_FOUND']);
    await refused(otherEnt.gql, moveDemand('withdrawDemand'), { id: publishedId }, ['FORBIDDEN']);
    await refused(otherEnt.gql, UPDATE_DEMAND, { id: publishedId, input: { title: '改过的标题内容' } }, ['FORBIDDEN']);
    // Its own enterprise may no longer edit a published demand.
    await refused(owner.gql, UPDATE_DEMAND, { id: publishedId, input: { title: '改过的标题内容' } }, ['FORBIDDEN']);
  });

  it('approve/reject and accept/terminate: admins only; start: owner or admin', async () => {
    const submitted = await createDemand(owner);
    await owner.gql.ok(moveDemand('submitDemand'), { id: submitted.id });
    for (const who of [owner, otherEnt, bidder, expert]) {
      await refused(who.gql, moveDemand('approveDemand'), { id: submitted.id }, ['FORBIDDEN']);
      await refused(who.gql, moveDemand('rejectDemand', 'reason'), { id: submitted.id, reason: '不清楚' }, ['FORBIDDEN']);
    }
    const inProgress = await publishedDemand(owner, admin);
    await owner.gql.ok(moveBid('awardBid'), { id: (await bid(otherResearcher, inProgress.id)).id });
    for (const who of [otherEnt, bidder, expert]) await refused(who.gql, moveDemand('startDemand'), { id: inProgress.id }, ['FORBIDDEN']);
    await owner.gql.ok(moveDemand('startDemand'), { id: inProgress.id });
    for (const who of [owner, otherEnt, bidder, expert]) {
      await refused(who.gql, moveDemand('acceptDemand', 'documentRef'), { id: inProgress.id, documentRef: '验收报告' }, ['FORBIDDEN']);
      await refused(who.gql, moveDemand('terminateDemand', 'reason'), { id: inProgress.id, reason: '终止' }, ['FORBIDDEN']);
    }
  });

  it('read published demands: everyone, anonymous included', async () => {
    for (const gql of [anon, owner.gql, otherEnt.gql, bidder.gql, expert.gql, admin.gql]) {
      expect((await gql.ok(GET_DEMAND, { id: publishedId })).demand.id).toBe(publishedId);
    }
  });

  it('read DRAFT/SUBMITTED/WITHDRAWN demands: own enterprise and admins only, and they are not listed to others', async () => {
    for (const gql of [anon, otherEnt.gql, bidder.gql, expert.gql]) {
      await refused(gql, GET_DEMAND, { id: draftId }, ['NOT_FOUND']);
      const listed = (await gql.ok(`{ demands(page: { limit: 100 }) { items { id status } } }`)).demands.items;
      expect(listed.map((d: { id: string }) => d.id)).not.toContain(draftId);
      expect(listed.every((d: { status: string }) => !['DRAFT', 'SUBMITTED', 'WITHDRAWN'].includes(d.status))).toBe(true);
    }
    expect((await owner.gql.ok(GET_DEMAND, { id: draftId })).demand.status).toBe('DRAFT');
    expect((await admin.gql.ok(GET_DEMAND, { id: draftId })).demand.status).toBe('DRAFT');
  });

  it('read confidential fields: own enterprise, admins, and the researcher once awarded', async () => {
    for (const gql of [anon, otherEnt.gql, bidder.gql, otherResearcher.gql, expert.gql]) {
      expect((await gql.ok(CONFIDENTIAL, { id: publishedId })).demand).toEqual({ indicators: null, contactName: null, contactPhone: null });
    }
    for (const gql of [owner.gql, admin.gql]) {
      expect((await gql.ok(CONFIDENTIAL, { id: publishedId })).demand.contactName).toBe('王工');
    }
    const d = await publishedDemand(owner, admin, { indicatorsConfidential: true, contactName: '李工' });
    const winner = await registerResearcher(t);
    await owner.gql.ok(moveBid('awardBid'), { id: (await bid(winner, d.id)).id });
    expect((await winner.gql.ok(CONFIDENTIAL, { id: d.id })).demand).toMatchObject({ contactName: '李工', indicators: expect.any(String) });
  });

  it('edit a talent profile: the person and admins only', async () => {
    const input = { input: { bio: '改写的简介' } };
    for (const who of [otherResearcher]) await refused(who.gql, UPDATE_TALENT, { id: bidder.talentId, ...input }, ['FORBIDDEN']);
    for (const who of [owner, expert]) await refused(who.gql, UPDATE_TALENT, { id: bidder.talentId, ...input }, ['FORBIDDEN']);
    await refused(anon, UPDATE_TALENT, { id: bidder.talentId, ...input }, ['UNAUTHENTICATED']);
    expect((await bidder.gql.ok(UPDATE_TALENT, { id: bidder.talentId, ...input })).updateTalent.bio).toBe('改写的简介');
    const priv = `query($id: ID!) { talent(id: $id) { contactEmail } }`;
    expect((await otherResearcher.gql.ok(priv, { id: bidder.talentId })).talent.contactEmail).toBeNull();
    expect((await bidder.gql.ok(priv, { id: bidder.talentId })).talent.contactEmail).toMatch(/@example\.cn$/);
  });

  it('submit/withdraw a bid: researchers, their own only', async () => {
    const input = { input: { demandId: publishedId, proposal: '另一支团队的技术方案。', quote: 100, durationMonths: 12, teamMembers: [] } };
    for (const who of [owner, otherEnt, expert, admin]) await refused(who.gql, SUBMIT_BID, input, ['FORBIDDEN']);
    await refused(anon, SUBMIT_BID, input, ['UNAUTHENTICATED']);
    await refused(otherResearcher.gql, moveBid('withdrawBid'), { id: bidId }, ['NOT_FOUND']);
    for (const who of [owner, admin]) await refused(who.gql, moveBid('withdrawBid'), { id: bidId }, ['FORBIDDEN']);
  });

  it('read a bid: sealed to its bidder, the demand’s enterprise and admins', async () => {
    for (const who of [otherResearcher, otherEnt, expert]) await refused(who.gql, BID, { id: bidId }, ['NOT_FOUND']);
    await refused(anon, BID, { id: bidId }, ['UNAUTHENTICATED']);
    for (const who of [bidder, owner, admin]) expect((await who.gql.ok(BID, { id: bidId })).bid.id).toBe(bidId);
    const rival = await bid(otherResearcher, publishedId);
    const seenBy = async (gql: Gql) => (await gql.ok(GET_DEMAND, { id: publishedId })).demand.bids.map((b: { id: string }) => b.id).sort();
    expect(await seenBy(bidder.gql)).toEqual([bidId]);
    expect(await seenBy(otherResearcher.gql)).toEqual([rival.id]);
    expect(await seenBy(anon)).toEqual([]);
    expect(await seenBy(otherEnt.gql)).toEqual([]);
    expect(await seenBy(owner.gql)).toEqual([bidId, rival.id].sort());
    await otherResearcher.gql.ok(moveBid('withdrawBid'), { id: rival.id });
  });

  it('shortlist/award a bid: the demand’s enterprise and admins', async () => {
    for (const who of [bidder, otherResearcher]) {
      await refused(who.gql, moveBid('shortlistBid'), { id: bidId }, ['FORBIDDEN', 'NOT_FOUND']);
      await refused(who.gql, moveBid('awardBid'), { id: bidId }, ['FORBIDDEN', 'NOT_FOUND']);
    }
    await refused(expert.gql, moveBid('awardBid'), { id: bidId }, ['FORBIDDEN']);
    await refused(otherEnt.gql, moveBid('shortlistBid'), { id: bidId }, ['NOT_FOUND']);
    await refused(otherEnt.gql, moveBid('awardBid'), { id: bidId }, ['NOT_FOUND']);
  });

  it('the ledger (一企一台账): its enterprise and admins', async () => {
    for (const who of [otherEnt, bidder, expert]) await refused(who.gql, LEDGER, { org: owner.organizationId }, ['FORBIDDEN']);
    await refused(anon, LEDGER, { org: owner.organizationId }, ['UNAUTHENTICATED']);
    expect((await owner.gql.ok(LEDGER, { org: owner.organizationId })).ledgerEntries.length).toBeGreaterThan(0);
    expect((await admin.gql.ok(LEDGER, { org: owner.organizationId })).ledgerEntries.length).toBeGreaterThan(0);
  });

  it('accounts: ADMIN and EXPERT are created only by an admin', async () => {
    const input = { email: 'x-admin@example.cn', password: 'password-123', name: '自封管理员', organizationName: '某单位' };
    for (const role of ['ADMIN', 'EXPERT']) await refused(anon, REGISTER, { input: { ...input, role } }, ['BAD_USER_INPUT']);
    const doc = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
    for (const who of [owner, bidder, expert]) await refused(who.gql, doc, { input: { ...input, role: 'ADMIN' } }, ['FORBIDDEN']);
  });
});
