import { demandLifecycle, DemandMove, DemandStatus } from '../../src/modules/demands/demand-lifecycle';
import {
  ADMIN_ENV,
  Account,
  GET_DEMAND,
  bid,
  createDemand,
  loginAdmin,
  moveBid,
  moveDemand,
  publishedDemand,
  registerEnterprise,
  registerResearcher,
  futureDate,
} from '../setup/fixtures';
import { createTestApp, TestApp } from '../setup/test-app';

/** The mutation (and its extra argument) that makes each user-facing move. */
const MUTATIONS: Partial<Record<DemandMove, [string, ('reason' | 'deadline' | 'documentRef')?]>> = {
  submit: ['submitDemand'],
  approve: ['approveDemand'],
  reject: ['rejectDemand', 'reason'],
  withdraw: ['withdrawDemand'],
  relist: ['relistDemand', 'deadline'],
  start: ['startDemand'],
  accept: ['acceptDemand', 'documentRef'],
  terminate: ['terminateDemand', 'reason'],
};

describe('illegal demand and bid transitions', () => {
  let t: TestApp;
  let admin: Account;
  let ent: Account;
  /** One demand in each reachable status. */
  const byStatus = new Map<DemandStatus, string>();

  beforeAll(async () => {
    t = await createTestApp(ADMIN_ENV);
    admin = await loginAdmin(t);
    ent = await registerEnterprise(t);
    const r = await registerResearcher(t);
    const draft = await createDemand(ent);
    byStatus.set(DemandStatus.DRAFT, draft.id);
    const submitted = await createDemand(ent);
    await ent.gql.ok(moveDemand('submitDemand'), { id: submitted.id });
    byStatus.set(DemandStatus.SUBMITTED, submitted.id);
    byStatus.set(DemandStatus.PUBLISHED, (await publishedDemand(ent, admin)).id);
    const withdrawn = await createDemand(ent);
    await ent.gql.ok(moveDemand('withdrawDemand'), { id: withdrawn.id });
    byStatus.set(DemandStatus.WITHDRAWN, withdrawn.id);
    const taken = await publishedDemand(ent, admin);
    await ent.gql.ok(moveBid('awardBid'), { id: (await bid(r, taken.id)).id });
    byStatus.set(DemandStatus.TAKEN, taken.id);
    for (const [status, move] of [
      [DemandStatus.IN_PROGRESS, []],
      [DemandStatus.ACCEPTED, ['acceptDemand']],
      [DemandStatus.TERMINATED, ['terminateDemand']],
    ] as const) {
      const d = await publishedDemand(ent, admin);
      await ent.gql.ok(moveBid('awardBid'), { id: (await bid(r, d.id)).id });
      await ent.gql.ok(moveDemand('startDemand'), { id: d.id });
      for (const m of move) await admin.gql.ok(moveDemand(m, m === 'terminateDemand' ? 'reason' : 'documentRef'), { id: d.id, reason: '合同终止', documentRef: '验收报告-001' });
      byStatus.set(status, d.id);
    }
    // 流榜: the deadline job is a later issue, so the platform's own move is applied directly here.
    const untaken = await publishedDemand(ent, admin);
    await t.dataSource.query(`UPDATE demand SET status = 'UNTAKEN' WHERE id = '${untaken.id}'`);
    byStatus.set(DemandStatus.UNTAKEN, untaken.id);
  });
  afterAll(() => t.close());

  it('should have a demand in every status', () => {
    expect([...byStatus.keys()].sort()).toEqual(Object.values(DemandStatus).sort());
  });

  it('should refuse every move the table does not allow, naming from, to and the allowed moves, and change nothing', async () => {
    let checked = 0;
    for (const [move, [mutation, arg]] of Object.entries(MUTATIONS) as [DemandMove, [string, ('reason' | 'deadline' | 'documentRef')?]][]) {
      for (const [status, id] of byStatus) {
        if (demandLifecycle.moves[move].from.includes(status)) continue;
        const before = (await admin.gql.ok(GET_DEMAND, { id })).demand;
        const err = await admin.gql.fails(moveDemand(mutation, arg), { id, reason: '不符合要求', deadline: futureDate(30), documentRef: '验收报告-002' });
        expect(err.code).toBe('INVALID_STATE_TRANSITION');
        expect(err.extensions).toMatchObject({ from: status, to: demandLifecycle.moves[move].to });
        expect(err.extensions.allowed).toEqual(demandLifecycle.movesFrom(status, ['ADMIN']).map((m) => ({ move: m, to: demandLifecycle.moves[m].to })));
        const after = (await admin.gql.ok(GET_DEMAND, { id })).demand;
        expect(after).toEqual(before);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('should refuse bids on a demand that is not published, and bid moves from final states', async () => {
    const r = await registerResearcher(t);
    for (const status of [DemandStatus.TAKEN, DemandStatus.ACCEPTED, DemandStatus.UNTAKEN]) {
      const err = await r.gql.fails(
        `mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`,
        { input: { demandId: byStatus.get(status), proposal: '拟采用新的工艺路线完成攻关。', quote: 10, durationMonths: 6, teamMembers: [] } },
      );
      expect(err.code).toBe('INVALID_STATE_TRANSITION');
    }
    const d = await publishedDemand(ent, admin);
    const b = await bid(r, d.id);
    await r.gql.ok(moveBid('withdrawBid'), { id: b.id });
    for (const m of ['shortlistBid', 'awardBid']) {
      const err = await ent.gql.fails(moveBid(m), { id: b.id });
      expect(err.code).toBe('INVALID_STATE_TRANSITION');
      expect(err.extensions).toMatchObject({ from: 'WITHDRAWN' });
    }
    expect((await r.gql.fails(moveBid('withdrawBid'), { id: b.id })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('should let a bidder bid again after withdrawing, but hold one live bid per demand', async () => {
    const r = await registerResearcher(t);
    const d = await publishedDemand(ent, admin);
    const first = await bid(r, d.id);
    const dup = await r.gql.fails(`mutation($input: SubmitBidInput!) { submitBid(input: $input) { id } }`, {
      input: { demandId: d.id, proposal: '第二份方案，仍由同一团队承担。', quote: 10, durationMonths: 6, teamMembers: [] },
    });
    expect(dup.code).toBe('CONFLICT');
    await r.gql.ok(moveBid('withdrawBid'), { id: first.id });
    expect((await bid(r, d.id)).status).toBe('SUBMITTED');
  });

  it('should relist an untaken demand with a new deadline and refuse a past one', async () => {
    const id = byStatus.get(DemandStatus.UNTAKEN)!;
    const past = await ent.gql.fails(moveDemand('relistDemand', 'deadline'), { id, deadline: '2020-01-01' });
    expect(past.code).toBe('BAD_USER_INPUT');
    expect(past.extensions.field).toBe('deadline');
    const relisted = (await ent.gql.ok(moveDemand('relistDemand', 'deadline'), { id, deadline: futureDate(45) })).relistDemand;
    expect(relisted).toMatchObject({ status: 'PUBLISHED', deadline: futureDate(45) });
    expect(relisted.history.at(-1)).toMatchObject({ action: 'relist', from: 'UNTAKEN', to: 'PUBLISHED' });
  });
});
