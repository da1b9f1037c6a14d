import {
  ADMIN_ENV,
  Account,
  GET_DEMAND,
  bid,
  loginAdmin,
  moveBid,
  moveDemand,
  publishedDemand,
  createDemand,
  registerEnterprise,
  registerResearcher,
} from '../setup/fixtures';
import { createTestApp, TestApp } from '../setup/test-app';

describe('demand lifecycle, end to end', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  it('should take a demand from draft to accepted and keep every step in the ledger', async () => {
    const ent = await registerEnterprise(t);
    const r1 = await registerResearcher(t);
    const r2 = await registerResearcher(t, { organizationName: '上海交通大学', region: '上海市闵行区' });

    const draft = await createDemand(ent);
    expect(draft).toMatchObject({ status: 'DRAFT', maxWinners: 1, budget: 500, industry: '新材料' });
    expect(draft.code).toMatch(/^JB-\d{4}-[A-Z0-9]{6}$/);
    expect(draft.nextStatuses.sort()).toEqual(['SUBMITTED', 'WITHDRAWN']);

    const submitted = (await ent.gql.ok(moveDemand('submitDemand'), { id: draft.id })).submitDemand;
    expect(submitted.status).toBe('SUBMITTED');
    const published = (await admin.gql.ok(moveDemand('approveDemand'), { id: draft.id })).approveDemand;
    expect(published.status).toBe('PUBLISHED');
    expect(published.nextStatuses).toEqual(['WITHDRAWN']);

    const b1 = await bid(r1, draft.id);
    const b2 = await bid(r2, draft.id, { quote: '480.5' });
    expect(b1.status).toBe('SUBMITTED');
    expect(b2.quote).toBe(480.5);

    expect((await ent.gql.ok(moveBid('shortlistBid'), { id: b1.id })).shortlistBid.status).toBe('SHORTLISTED');
    expect((await ent.gql.ok(moveBid('awardBid'), { id: b1.id })).awardBid.status).toBe('AWARDED');

    const taken = (await ent.gql.ok(GET_DEMAND, { id: draft.id })).demand;
    expect(taken.status).toBe('TAKEN');
    expect(taken.awardedCount).toBe(1);
    const statuses = Object.fromEntries(taken.bids.map((b: { id: string; status: string }) => [b.id, b.status]));
    expect(statuses).toEqual({ [b1.id]: 'AWARDED', [b2.id]: 'NOT_SELECTED' });

    await ent.gql.ok(moveDemand('startDemand'), { id: draft.id });
    const accepted = (await admin.gql.ok(moveDemand('acceptDemand', 'documentRef'), { id: draft.id, documentRef: '嘉科验〔2026〕1号' })).acceptDemand;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.nextStatuses).toEqual([]);

    // Demand.history: its own moves, oldest first, each with its actor.
    expect(accepted.history.map((h: any) => [h.action, h.from, h.to, h.actor?.id])).toEqual([
      ['create', null, 'DRAFT', ent.userId],
      ['submit', 'DRAFT', 'SUBMITTED', ent.userId],
      ['approve', 'SUBMITTED', 'PUBLISHED', admin.userId],
      ['take', 'PUBLISHED', 'TAKEN', ent.userId],
      ['start', 'TAKEN', 'IN_PROGRESS', ent.userId],
      ['accept', 'IN_PROGRESS', 'ACCEPTED', admin.userId],
    ]);
    for (const h of accepted.history) expect(h.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    // 一企一台账: the enterprise's ledger, demand and bid entries interleaved in commit order.
    const ledger = (
      await ent.gql.ok(`query($org: ID!) { ledgerEntries(organizationId: $org) { entityType entityId action from to note actor { id } } }`, {
        org: ent.organizationId,
      })
    ).ledgerEntries;
    expect(ledger.map((e: any) => [e.entityType, e.entityId, e.action, e.from, e.to, e.actor?.id ?? null])).toEqual([
      ['DEMAND', draft.id, 'create', null, 'DRAFT', ent.userId],
      ['DEMAND', draft.id, 'submit', 'DRAFT', 'SUBMITTED', ent.userId],
      ['DEMAND', draft.id, 'approve', 'SUBMITTED', 'PUBLISHED', admin.userId],
      ['BID', b1.id, 'submit', null, 'SUBMITTED', r1.userId],
      ['BID', b2.id, 'submit', null, 'SUBMITTED', r2.userId],
      ['BID', b1.id, 'shortlist', 'SUBMITTED', 'SHORTLISTED', ent.userId],
      ['BID', b1.id, 'award', 'SHORTLISTED', 'AWARDED', ent.userId],
      ['DEMAND', draft.id, 'take', 'PUBLISHED', 'TAKEN', ent.userId],
      ['BID', b2.id, 'reject', 'SUBMITTED', 'NOT_SELECTED', ent.userId],
      ['DEMAND', draft.id, 'start', 'TAKEN', 'IN_PROGRESS', ent.userId],
      ['DEMAND', draft.id, 'accept', 'IN_PROGRESS', 'ACCEPTED', admin.userId],
    ]);
    expect(ledger[8].note).toBe('demand take');

    // Nothing edits or deletes an entry, not even SQL sent past the application.
    await expect(t.dataSource.query(`UPDATE ledger_entry SET note = 'edited'`)).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM ledger_entry`)).rejects.toThrow(/immutable/);

    // The losing bidder sees the outcome of their own bid.
    const mine = (await r2.gql.ok(`{ myBids { id status } }`)).myBids;
    expect(mine).toEqual([{ id: b2.id, status: 'NOT_SELECTED' }]);
  });

  it('should award two teams under 赛马制 before the demand is taken', async () => {
    const ent = await registerEnterprise(t);
    const d = await publishedDemand(ent, admin, { maxWinners: 2 });
    const researchers = await Promise.all([1, 2, 3].map(() => registerResearcher(t)));
    const bids = [];
    for (const r of researchers) bids.push(await bid(r, d.id));

    await ent.gql.ok(moveBid('awardBid'), { id: bids[0].id });
    let state = (await ent.gql.ok(GET_DEMAND, { id: d.id })).demand;
    expect(state).toMatchObject({ status: 'PUBLISHED', awardedCount: 1 });

    await ent.gql.ok(moveBid('awardBid'), { id: bids[1].id });
    state = (await ent.gql.ok(GET_DEMAND, { id: d.id })).demand;
    expect(state).toMatchObject({ status: 'TAKEN', awardedCount: 2 });
    expect(state.bids.map((b: any) => b.status)).toEqual(['AWARDED', 'AWARDED', 'NOT_SELECTED']);
  });

  it('should take a 赛马制 demand when an admin lowers its places to the awards made, and refuse fewer', async () => {
    const ent = await registerEnterprise(t);
    const d = await publishedDemand(ent, admin, { maxWinners: 3 });
    const bids = [];
    for (const r of await Promise.all([1, 2].map(() => registerResearcher(t)))) bids.push(await bid(r, d.id));
    await ent.gql.ok(moveBid('awardBid'), { id: bids[0].id });
    const UPDATE = `mutation($id: ID!, $n: Int!) { updateDemand(id: $id, input: { maxWinners: $n }) { status maxWinners awardedCount } }`;
    expect((await admin.gql.fails(UPDATE, { id: d.id, n: 0 })).code).toBe('BAD_USER_INPUT');
    expect((await admin.gql.ok(UPDATE, { id: d.id, n: 1 })).updateDemand).toEqual({ status: 'TAKEN', maxWinners: 1, awardedCount: 1 });
    const state = (await ent.gql.ok(GET_DEMAND, { id: d.id })).demand;
    expect(state.bids.map((b: any) => b.status)).toEqual(['AWARDED', 'NOT_SELECTED']);
    expect(state.history.slice(-2).map((h: any) => h.action)).toEqual(['update', 'take']);
  });

  it('should award exactly one of 20 concurrent awards on a single-winner demand', async () => {
    const ent = await registerEnterprise(t);
    const d = await publishedDemand(ent, admin);
    const researchers = await Promise.all(Array.from({ length: 20 }, () => registerResearcher(t)));
    const bids = [];
    for (const r of researchers) bids.push(await bid(r, d.id));

    const results = await Promise.all(bids.map((b) => ent.gql.raw(moveBid('awardBid'), { id: b.id })));
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(['CONFLICT', 'INVALID_STATE_TRANSITION']).toContain(r.errors![0].extensions.code);
    }
    const state = (await ent.gql.ok(GET_DEMAND, { id: d.id })).demand;
    expect(state.status).toBe('TAKEN');
    expect(state.awardedCount).toBe(1);
    expect(state.bids.filter((b: any) => b.status === 'AWARDED')).toHaveLength(1);
    expect(state.bids.filter((b: any) => b.status === 'NOT_SELECTED')).toHaveLength(19);
    const awards = await t.dataSource.query(`SELECT id FROM ledger_entry WHERE action = 'award' AND demand_id = '${d.id}'`);
    expect(awards).toHaveLength(1);
  });

  it('should close the live bids when a published demand is withdrawn, and let an untaken one be relisted', async () => {
    const ent = await registerEnterprise(t);
    const r = await registerResearcher(t);
    const d = await publishedDemand(ent, admin);
    const b = await bid(r, d.id);
    await ent.gql.ok(moveDemand('withdrawDemand'), { id: d.id });
    expect((await r.gql.ok(`query($id: ID!) { bid(id: $id) { status } }`, { id: b.id })).bid.status).toBe('NOT_SELECTED');
  });
});
