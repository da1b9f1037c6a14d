import { bid, createUser, moveBid, publishedDemand, registerEnterprise, registerResearcher, rowCount, useAdminApp } from '../setup/fixtures';

const ASSIGN = `mutation($demandId: ID!, $expertIds: [ID!]!) { assignExperts(demandId: $demandId, expertIds: $expertIds) { id name } }`;
const SCORE = `mutation($input: ScoreBidInput!) { scoreBid(input: $input) { bidId technical team price schedule comment expert { id } } }`;
const TO_REVIEW = `query($demandId: ID!) { bidsToReview(demandId: $demandId) { id } }`;
const REVIEWS = `query($id: ID!) { demand(id: $id) { bids { id status review { score rank rankedBids reviewCount criteria { technical team price schedule } comments } } } }`;
const MY_BID = `query($id: ID!) { bid(id: $id) { id status review { score rank comments } } }`;

const score = (bidId: string, [technical, team, price, schedule]: number[], comment: string) => ({ input: { bidId, technical, team, price, schedule, comment } });

describe('expert review', () => {
  const app = useAdminApp();

  const count = (table: string) => rowCount(app.t, table);

  it('should refuse conflicts of interest, keep per-expert scores sealed and give aggregates, ranks and feedback', async () => {
    const { t, admin } = app;
    const ent = await registerEnterprise(t);
    const entOrg = (await ent.gql.ok(`{ me { organization { name } } }`)).me.organization.name;
    const demand = await publishedDemand(ent, admin, { contactName: '王经理', contactPhone: '13800000000' });
    const zju = await registerResearcher(t, { organizationName: '浙江大学' });
    const sjtu = await registerResearcher(t, { organizationName: '上海交通大学', region: '上海市闵行区' });
    const b1 = await bid(zju, demand.id);
    const b2 = await bid(sjtu, demand.id);

    // Conflicts of interest: refused as a whole, nothing written.
    const fromBidder = await createUser(admin, t, 'EXPERT', { organizationName: '浙江大学' });
    const fromEnterprise = await createUser(admin, t, 'EXPERT', { organizationName: entOrg });
    const e1 = await createUser(admin, t, 'EXPERT', { organizationName: '清华大学' });
    const e2 = await createUser(admin, t, 'EXPERT', { organizationName: '中国科学院化学研究所' });
    const ledgerBefore = await count('ledger_entry');
    const coi = await admin.gql.fails(ASSIGN, { demandId: demand.id, expertIds: [e1.userId, fromBidder.userId] });
    expect(coi).toMatchObject({ code: 'CONFLICT_OF_INTEREST', extensions: { reason: 'BIDDER_INSTITUTION', expertId: fromBidder.userId } });
    const own = await admin.gql.fails(ASSIGN, { demandId: demand.id, expertIds: [fromEnterprise.userId] });
    expect(own).toMatchObject({ code: 'CONFLICT_OF_INTEREST', extensions: { reason: 'DEMAND_ENTERPRISE' } });
    expect((await admin.gql.fails(ASSIGN, { demandId: demand.id, expertIds: [zju.userId] })).message).toMatch(/^expertIds\[0\]：.* 不是评审专家账户/);
    expect(await count('review_assignment')).toBe(0);
    expect(await count('ledger_entry')).toBe(ledgerBefore);
    expect((await ent.gql.fails(ASSIGN, { demandId: demand.id, expertIds: [e1.userId] })).code).toBe('FORBIDDEN');
    // The admin chooses the panel from the expert pool: experts only, with their organisation.
    const pool = (await admin.gql.ok(`{ experts { id role organization { name } } }`)).experts;
    expect(pool.map((e: { id: string }) => e.id).sort()).toEqual([fromBidder, fromEnterprise, e1, e2].map((e) => e.userId).sort());
    expect(pool.find((e: { id: string }) => e.id === fromEnterprise.userId).organization.name).toBe(entOrg);
    expect((await ent.gql.fails(`{ experts { id } }`)).code).toBe('FORBIDDEN');

    const CONTACT = `query($id: ID!) { demand(id: $id) { contactName } }`;
    expect((await e1.gql.ok(CONTACT, { id: demand.id })).demand.contactName).toBeNull();
    const panel = (await admin.gql.ok(ASSIGN, { demandId: demand.id, expertIds: [e1.userId, e2.userId] })).assignExperts;
    // Assigned experts read the confidential fields; others still do not.
    expect((await e1.gql.ok(CONTACT, { id: demand.id })).demand.contactName).toBe('王经理');
    expect((await fromBidder.gql.ok(CONTACT, { id: demand.id })).demand.contactName).toBeNull();
    expect(panel.map((e: { id: string }) => e.id).sort()).toEqual([e1.userId, e2.userId].sort());
    // Each expert finds the demands they review.
    const ASSIGNMENTS = `{ myReviewAssignments { id } }`;
    expect((await e1.gql.ok(ASSIGNMENTS)).myReviewAssignments.map((d: { id: string }) => d.id)).toContain(demand.id);
    expect(await count('ledger_entry')).toBe(ledgerBefore + 2);

    // A bid arriving later from an expert's own institution is hidden from that expert and refused for scoring.
    const tsinghua = await registerResearcher(t, { organizationName: '清华大学', region: '北京市海淀区' });
    const b3 = await bid(tsinghua, demand.id);
    expect((await e1.gql.ok(TO_REVIEW, { demandId: demand.id })).bidsToReview.map((b: { id: string }) => b.id).sort()).toEqual([b1.id, b2.id].sort());
    expect((await e1.gql.fails(SCORE, score(b3.id, [90, 90, 90, 90], '方案很好很完整'))).code).toBe('CONFLICT_OF_INTEREST');
    // Reviewers read the bids they review (not their own institution's); other experts read none.
    const BIDS = `query($id: ID!) { demand(id: $id) { bids { id proposal } } }`;
    expect((await e1.gql.ok(BIDS, { id: demand.id })).demand.bids.map((b: { id: string }) => b.id).sort()).toEqual([b1.id, b2.id].sort());
    expect((await e1.gql.ok(`query($id: ID!) { bid(id: $id) { id status } }`, { id: b1.id })).bid.status).toBe('SUBMITTED');
    expect((await e1.gql.fails(`query($id: ID!) { bid(id: $id) { id } }`, { id: b3.id })).code).toBe('NOT_FOUND');
    expect((await fromBidder.gql.ok(BIDS, { id: demand.id })).demand.bids).toEqual([]);
    expect((await e1.gql.fails(moveBid('shortlistBid'), { id: b1.id })).code).toBe('FORBIDDEN');

    await e1.gql.ok(SCORE, score(b1.id, [90, 80, 70, 60], '技术路线清晰，中试计划偏紧'));
    await e1.gql.ok(SCORE, score(b2.id, [60, 70, 90, 80], '报价合理，技术方案缺少验证数据'));
    await e2.gql.ok(SCORE, score(b1.id, [70, 90, 80, 70], '团队经验丰富'));
    await e2.gql.ok(SCORE, score(b1.id, [80, 90, 80, 70], '团队经验丰富，工艺积累扎实')); // revised
    await e2.gql.ok(SCORE, score(b2.id, [70, 60, 80, 90], '进度安排可行'));
    await e2.gql.ok(SCORE, score(b3.id, [85, 85, 85, 85], '整体均衡'));
    const outsider = await createUser(admin, t, 'EXPERT', { organizationName: '南京大学' });
    expect((await outsider.gql.fails(SCORE, score(b1.id, [1, 1, 1, 1], '未被分派的专家'))).code).toBe('FORBIDDEN');
    expect((await e1.gql.fails(SCORE, score(b1.id, [101, 1, 1, 1], '超出范围的分数'))).code).toBe('BAD_USER_INPUT');

    // The enterprise sees aggregates and anonymous comments; by hand with weights .4/.3/.15/.15:
    // b1 = mean(79.5, 81.5) = 80.5, b2 = mean(70.5, 71.5) = 71, b3 = 85.
    const { demand: seen } = await ent.gql.ok(REVIEWS, { id: demand.id });
    const review = (id: string) => seen.bids.find((b: { id: string }) => b.id === id).review;
    expect(review(b1.id)).toEqual({
      score: 80.5,
      rank: 2,
      rankedBids: 3,
      reviewCount: 2,
      criteria: { technical: 85, team: 85, price: 75, schedule: 65 },
      comments: ['团队经验丰富，工艺积累扎实', '技术路线清晰，中试计划偏紧'].sort(),
    });
    expect(review(b2.id)).toMatchObject({ score: 71, rank: 3 });
    expect(review(b3.id)).toMatchObject({ score: 85, rank: 1, reviewCount: 1 });
    expect((await ent.gql.fails(`query($id: ID!) { bidScores(bidId: $id) { technical } }`, { id: b1.id })).code).toBe('FORBIDDEN');

    // Who gave what: admins, and each expert for their own scores.
    const all = (await admin.gql.ok(`query($id: ID!) { bidScores(bidId: $id) { technical expert { id } } }`, { id: b1.id })).bidScores;
    expect(all.map((s: { expert: { id: string } }) => s.expert.id).sort()).toEqual([e1.userId, e2.userId].sort());
    const mine = (await e2.gql.ok(`query($id: ID!) { myBidScores(demandId: $id) { bidId technical expert { id } } }`, { id: demand.id })).myBidScores;
    expect(mine).toHaveLength(3);
    expect(mine.every((s: { expert: { id: string } }) => s.expert.id === e2.userId)).toBe(true);

    // Bidders see nothing while the race is open, then structured feedback once not selected.
    expect((await sjtu.gql.ok(MY_BID, { id: b2.id })).bid.review).toBeNull();
    await ent.gql.ok(moveBid('awardBid'), { id: b1.id });
    expect((await sjtu.gql.ok(MY_BID, { id: b2.id })).bid).toEqual({
      id: b2.id,
      status: 'NOT_SELECTED',
      review: { score: 71, rank: 3, comments: ['报价合理，技术方案缺少验证数据', '进度安排可行'].sort() },
    });
    expect((await e1.gql.fails(SCORE, score(b2.id, [1, 1, 1, 1], '授标之后不再评分'))).code).toBe('BAD_USER_INPUT');
  });

  it('should apply a list’s own criteria weights, which must sum to 1', async () => {
    const { t, admin } = app;
    const list = (await admin.gql.ok(`mutation { createDemandList(input: { name: "评审权重测试榜单", region: "浙江省嘉兴市", year: 2026 }) { id reviewWeights { technical } } }`)).createDemandList;
    expect(list.reviewWeights.technical).toBe(0.4);
    const SET = `mutation($id: ID!, $w: ReviewWeightsInput!) { setReviewWeights(listId: $id, weights: $w) { reviewWeights { technical team price schedule } } }`;
    const bad = await admin.gql.fails(SET, { id: list.id, w: { technical: 0.5, team: 0.3, price: 0.15, schedule: 0.15 } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', message: 'weights：各项权重之和应为 1（现为 1.1）' });
    const w = { technical: 0.7, team: 0.1, price: 0.1, schedule: 0.1 };
    expect((await admin.gql.ok(SET, { id: list.id, w })).setReviewWeights.reviewWeights).toEqual(w);

    const ent = await registerEnterprise(t);
    const demand = await publishedDemand(ent, admin, { listId: list.id });
    const b = await bid(await registerResearcher(t), demand.id);
    const e = await createUser(admin, t, 'EXPERT', { organizationName: '东南大学' });
    await admin.gql.ok(ASSIGN, { demandId: demand.id, expertIds: [e.userId] });
    await e.gql.ok(SCORE, score(b.id, [100, 0, 0, 0], '技术方案突出'));
    expect((await ent.gql.ok(REVIEWS, { id: demand.id })).demand.bids[0].review.score).toBe(70);
  });
});
