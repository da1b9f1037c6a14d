import { Account, bid, createDemand, creditCode, createUser, publishedDemand, registerEnterprise, registerResearcher, tableCounts, useAdminApp } from '../setup/fixtures';
import { Gql } from '../setup/test-app';

const SIGN_UP = `mutation($input: RegisterInput!) { register(input: $input) {
  token user { id organization { id } organizationRole } joinRequest { id status organization { id name } applicant { id name } } } }`;
const REQUESTS = `query($filter: JoinRequestFilterInput) { joinRequests(filter: $filter) { totalCount items { id status reason email applicant { id } organization { id } } } }`;
const MINE = `{ myJoinRequests { id status reason email decidedAt organization { name } } me { organization { id } organizationRole } }`;
const APPROVE = `mutation($id: ID!) { approveJoinRequest(id: $id) { id status decidedAt } }`;
const REJECT = `mutation($id: ID!, $reason: String) { rejectJoinRequest(id: $id, reason: $reason) { id status reason } }`;
const DRAFT = `query($id: ID!) { demand(id: $id) { id } }`;
const BID = `query($id: ID!) { bid(id: $id) { id } }`;
const CONFIDENTIAL = `query($id: ID!) { demand(id: $id) { indicators contactName contactPhone bids { id } } }`;
const EDIT = `mutation($id: ID!) { updateDemand(id: $id, input: { title: "被加入者修改的标题" }) { title } }`;
const LEDGER = `query($org: ID!) { ledgerEntries(organizationId: $org, page: { limit: 100 }) { entityType entityId action from to note actor { id } } }`;

describe('membership is granted, never taken', () => {
  const app = useAdminApp();
  const ORG = '嘉兴会员制测试科技有限公司';
  const CODE = creditCode('91330402MA2JM01');
  let owner: Account;
  let orgId: string;
  let draftId: string;
  let publishedId: string;
  let bidId: string;

  const signUp = async (input: Record<string, unknown>) => {
    const data = await new Gql(app.t.app).ok(SIGN_UP, {
      input: { password: 'password-123', name: '申请人', role: 'ENTERPRISE', region: '浙江省嘉兴市南湖区', ...input },
    });
    return { gql: new Gql(app.t.app, data.register.token), user: data.register.user, joinRequest: data.register.joinRequest };
  };

  beforeAll(async () => {
    const { t, admin } = app;
    const founder = await signUp({ email: 'founder@example.cn', organizationName: ORG, creditCode: CODE });
    expect(founder.joinRequest).toBeNull();
    expect(founder.user.organizationRole).toBe('ADMIN');
    owner = { gql: founder.gql, userId: founder.user.id, organizationId: founder.user.organization.id };
    orgId = owner.organizationId!;
    draftId = (await createDemand(owner, { indicators: '保密指标：热导率≥8W/mK', indicatorsConfidential: true })).id;
    publishedId = (await publishedDemand(owner, admin, { indicatorsConfidential: true, contactName: '王工', contactPhone: '0573-1234567' })).id;
    bidId = (await bid(await registerResearcher(t), publishedId)).id;
  });

  /** What only members of the enterprise read and do, none of which an outsider may. */
  async function expectOutsider(gql: Gql) {
    expect((await gql.fails(DRAFT, { id: draftId })).code).toBe('NOT_FOUND');
    expect((await gql.fails(BID, { id: bidId })).code).toBe('NOT_FOUND');
    expect((await gql.ok(CONFIDENTIAL, { id: publishedId })).demand).toEqual({ indicators: null, contactName: null, contactPhone: null, bids: [] });
    const before = await tableCounts(app.t);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await gql.fails(EDIT, { id: draftId })).code);
    expect((await gql.fails(LEDGER, { org: orgId })).code).toBe('FORBIDDEN');
    expect(await tableCounts(app.t)).toEqual(before);
  }

  it('should make a join request, not a member, of a sign-up naming an existing enterprise or its credit code', async () => {
    const byName = await signUp({ email: 'by-name@example.cn', organizationName: ORG });
    expect(byName.user).toMatchObject({ organization: null, organizationRole: null });
    expect(byName.joinRequest).toMatchObject({ status: 'PENDING', organization: { id: orgId, name: ORG }, applicant: { id: byName.user.id } });
    await expectOutsider(byName.gql);

    const byCode = await signUp({ email: 'by-code@example.cn', organizationName: '另起名字的同一家公司', creditCode: CODE });
    expect(byCode.user.organization).toBeNull();
    expect(byCode.joinRequest).toMatchObject({ status: 'PENDING', organization: { id: orgId } });
    expect(await app.t.dataSource.query(`SELECT id FROM organization WHERE name = '另起名字的同一家公司'`)).toEqual([]);
    await expectOutsider(byCode.gql);
    expect((await byCode.gql.ok(MINE)).myJoinRequests).toEqual([expect.objectContaining({ status: 'PENDING', email: 'by-code@example.cn', organization: { name: ORG } })]);

    // The enterprise's admin member and platform admins see the pending requests; the applicants do not.
    const mine = (await owner.gql.ok(REQUESTS, { filter: { status: 'PENDING' } })).joinRequests;
    expect(mine.items.map((r: { applicant: { id: string } }) => r.applicant.id).sort()).toEqual([byName.user.id, byCode.user.id].sort());
    expect(mine.items.every((r: { email: string }) => r.email)).toBe(true);
    expect((await app.admin.gql.ok(REQUESTS, { filter: { organizationId: orgId } })).joinRequests.totalCount).toBe(2);
    expect((await byName.gql.fails(REQUESTS)).code).toBe('FORBIDDEN');
    // The admin member hears of each request.
    const inbox = (await owner.gql.ok(`{ notifications { items { kind title } } }`)).notifications.items;
    expect(inbox.filter((n: { kind: string }) => n.kind === 'JOIN_REQUEST')).toHaveLength(2);
  });

  it('should let the admin member approve; a member, another enterprise or the applicant may not', async () => {
    const a = await signUp({ email: 'member-a@example.cn', organizationName: ORG });
    const b = await signUp({ email: 'member-b@example.cn', organizationName: ORG });
    const other = await registerEnterprise(app.t);
    const researcher = await registerResearcher(app.t);
    const before = await tableCounts(app.t);
    for (const gql of [other.gql, a.gql]) expect((await gql.fails(APPROVE, { id: a.joinRequest.id })).code).toBe('FORBIDDEN');
    expect((await researcher.gql.fails(APPROVE, { id: a.joinRequest.id })).code).toBe('FORBIDDEN');
    expect((await other.gql.fails(REQUESTS, { filter: { organizationId: orgId } })).code).toBe('FORBIDDEN');
    expect((await other.gql.fails(REJECT, { id: a.joinRequest.id })).code).toBe('FORBIDDEN');
    expect(await tableCounts(app.t)).toEqual(before);

    expect((await owner.gql.ok(APPROVE, { id: a.joinRequest.id })).approveJoinRequest).toMatchObject({ status: 'APPROVED', decidedAt: expect.any(String) });
    const me = (await a.gql.ok(MINE)).me;
    expect(me).toEqual({ organization: { id: orgId }, organizationRole: 'MEMBER' });
    // Now a member: confidential fields, sealed bids, drafts, and editing them.
    expect((await a.gql.ok(DRAFT, { id: draftId })).demand.id).toBe(draftId);
    expect((await a.gql.ok(BID, { id: bidId })).bid.id).toBe(bidId);
    const published = (await a.gql.ok(CONFIDENTIAL, { id: publishedId })).demand;
    expect(published).toMatchObject({ contactName: '王工', contactPhone: '0573-1234567', bids: [{ id: bidId }], indicators: expect.any(String) });
    expect((await a.gql.ok(EDIT, { id: draftId })).updateDemand.title).toBe('被加入者修改的标题');
    // A plain member does not decide who else joins.
    expect((await a.gql.fails(APPROVE, { id: b.joinRequest.id })).code).toBe('FORBIDDEN');
    expect((await a.gql.fails(REQUESTS)).code).toBe('FORBIDDEN');
    // A decided request stays decided.
    expect((await owner.gql.fails(APPROVE, { id: a.joinRequest.id })).code).toBe('INVALID_STATE_TRANSITION');
    const decision = (await a.gql.ok(`{ notifications { items { kind title } } }`)).notifications.items;
    expect(decision).toEqual([expect.objectContaining({ kind: 'JOIN_DECISION', title: expect.stringContaining('已批准') })]);
  });

  it('should let a platform admin approve, and reject with a reason that the applicant reads', async () => {
    const approved = await signUp({ email: 'by-admin@example.cn', organizationName: ORG });
    const rejected = await signUp({ email: 'rejected@example.cn', organizationName: ORG });
    expect((await app.admin.gql.ok(APPROVE, { id: approved.joinRequest.id })).approveJoinRequest.status).toBe('APPROVED');
    expect((await approved.gql.ok(MINE)).me.organization).toEqual({ id: orgId });

    expect((await owner.gql.fails(REJECT, { id: rejected.joinRequest.id, reason: '长'.repeat(501) })).code).toBe('BAD_USER_INPUT');
    const done = (await owner.gql.ok(REJECT, { id: rejected.joinRequest.id, reason: '非本公司员工' })).rejectJoinRequest;
    expect(done).toMatchObject({ status: 'REJECTED', reason: '非本公司员工' });
    const view = await rejected.gql.ok(MINE);
    expect(view.me).toEqual({ organization: null, organizationRole: null });
    expect(view.myJoinRequests[0]).toMatchObject({ status: 'REJECTED', reason: '非本公司员工' });
    await expectOutsider(rejected.gql);
    expect((await app.admin.gql.fails(APPROVE, { id: rejected.joinRequest.id })).code).toBe('INVALID_STATE_TRANSITION');
    expect((await app.admin.gql.fails(APPROVE, { id: '00000000-0000-0000-0000-000000000000' })).code).toBe('NOT_FOUND');

    // Every request and decision is in the enterprise's ledger, by whom.
    const entries = (await owner.gql.ok(LEDGER, { org: orgId })).ledgerEntries.filter((e: { entityType: string }) => e.entityType === 'JOIN_REQUEST');
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityId: approved.joinRequest.id, action: 'approve', from: 'PENDING', to: 'APPROVED', actor: { id: app.admin.userId } }),
        expect.objectContaining({ entityId: rejected.joinRequest.id, action: 'request', from: null, to: 'PENDING', actor: { id: rejected.user.id } }),
        expect.objectContaining({ entityId: rejected.joinRequest.id, action: 'reject', to: 'REJECTED', note: '非本公司员工', actor: { id: owner.userId } }),
      ]),
    );
  });

  it('should make the first member approved into an enterprise without members its admin member', async () => {
    const { t, admin } = app;
    // An enterprise that arrived with an imported list has no members yet: only a platform admin decides.
    const expert = await createUser(admin, t, 'EXPERT', { organizationName: '无成员导入企业有限公司', organizationType: 'ENTERPRISE' });
    expect(expert.userId).toBeTruthy();
    const first = await signUp({ email: 'first-of-import@example.cn', organizationName: '无成员导入企业有限公司' });
    expect(first.joinRequest.status).toBe('PENDING');
    await admin.gql.ok(APPROVE, { id: first.joinRequest.id });
    expect((await first.gql.ok(MINE)).me.organizationRole).toBe('ADMIN');
  });

  it('should still create a new enterprise with the caller as its admin member, and admins attach accounts directly', async () => {
    const fresh = await signUp({ email: 'fresh@example.cn', organizationName: '全新注册企业有限公司' });
    expect(fresh.joinRequest).toBeNull();
    expect(fresh.user.organizationRole).toBe('ADMIN');
    const made = (await app.admin.gql.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { organization { id } organizationRole } }`, {
      input: { email: 'made-by-admin@example.cn', password: 'password-123', name: '管理员开通', role: 'ENTERPRISE', organizationName: ORG },
    })).createUser;
    expect(made).toEqual({ organization: { id: orgId }, organizationRole: 'MEMBER' });
  });
});
