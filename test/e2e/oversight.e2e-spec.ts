import { addDays } from '../../src/common/time/china-dates';
import { bid, createDemand, moveBid, moveDemand, publishedDemand, registerEnterprise, registerResearcher, useAdminApp } from '../setup/fixtures';

const RUN = `mutation { runDeadlineJob { day closed overdue reminders } }`;
const HEALTH = `query($id: ID!) { demand(id: $id) { status health { colour items { stage dueOn overdue message } } bids { status } history { action note } } }`;
const INBOX = `{ notifications(page: { limit: 100 }) { totalCount unreadCount items { kind title body } } }`;
const DAY = 86_400_000;

describe('time limits, health colours and the deadline job', () => {
  const app = useAdminApp();

  it('should colour demands by their stage limits, close 流榜 demands once, and flag and remind once, on a controlled clock', async () => {
    const { t, admin } = app;
    const start = t.clock.today();
    const ent = await registerEnterprise(t);
    const team = await registerResearcher(t);
    const noBids = await publishedDemand(ent, admin, { deadline: addDays(start, 5) });
    const withBid = await publishedDemand(ent, admin, { deadline: addDays(start, 5) });
    const openLater = await publishedDemand(ent, admin, { deadline: addDays(start, 60) });
    const loser = await bid(team, withBid.id);
    const submitted = await createDemand(ent);
    await ent.gql.ok(moveDemand('submitDemand'), { id: submitted.id });
    const working = await publishedDemand(ent, admin, { deadline: addDays(start, 60) });
    await ent.gql.ok(moveBid('awardBid'), { id: (await bid(team, working.id)).id });
    const [m1] = (
      await team.gql.ok(`mutation($input: SetMilestonesInput!) { setMilestones(input: $input) { id } }`, {
        input: {
          demandId: working.id,
          milestones: [
            { title: '样品试制', dueDate: addDays(start, 20), deliverable: '样品', paymentShare: 50 },
            { title: '中试', dueDate: addDays(start, 90), deliverable: '中试报告', paymentShare: 50 },
          ],
        },
      })
    ).setMilestones;
    await ent.gql.ok(moveDemand('startDemand'), { id: working.id });

    const health = async (id: string, who = admin) => (await who.gql.ok(HEALTH, { id })).demand;
    expect((await health(submitted.id)).health).toEqual({ colour: 'GREEN', items: [{ stage: 'REVIEW', dueOn: addDays(start, 15), overdue: false, message: '审核：提交后 15 天内完成' }] });
    expect((await health(working.id, team)).health.colour).toBe('GREEN');
    expect((await health(openLater.id, team)).health).toBeNull();
    expect(await admin.gql.ok(RUN)).toEqual({ runDeadlineJob: { day: start, closed: 0, overdue: 0, reminders: 0 } });

    // Ten days on: the deadlines have passed; a demand nobody bid on closes (流榜), the other awaits a decision.
    t.clock.advance(10 * DAY);
    expect((await health(submitted.id)).health.colour).toBe('YELLOW');
    const tenth = (await admin.gql.ok(RUN)).runDeadlineJob;
    expect(tenth).toMatchObject({ closed: 1, overdue: 0 });
    expect(tenth.reminders).toBeGreaterThan(0);
    const closed = await health(noBids.id);
    expect(closed.status).toBe('UNTAKEN');
    expect(closed.history.at(-1)).toEqual({ action: 'close', note: `揭榜截止日期 ${addDays(start, 5)} 已过，无人揭榜（流榜）` });
    const deciding = await health(withBid.id);
    expect(deciding).toMatchObject({ status: 'PUBLISHED', health: { colour: 'GREEN', items: [{ stage: 'DECISION', dueOn: addDays(start, 35), overdue: false }] } });
    expect(await admin.gql.ok(RUN)).toEqual({ runDeadlineJob: { day: addDays(start, 10), closed: 0, overdue: 0, reminders: 0 } });

    // Fifteen days on: the first milestone is due within the reminder window.
    t.clock.advance(5 * DAY);
    expect((await health(working.id)).health.colour).toBe('YELLOW');
    expect((await admin.gql.ok(RUN)).runDeadlineJob.reminders).toBeGreaterThanOrEqual(2);
    const teamInbox = (await team.gql.ok(INBOX)).notifications.items;
    expect(teamInbox.some((n: { kind: string; body: string }) => n.kind === 'DUE_SOON' && n.body === `里程碑 1「样品试制」，期限 ${addDays(start, 20)}`)).toBe(true);

    // Forty days on: everything is late. Two instances run the job at once: each change happens once.
    t.clock.advance(25 * DAY);
    const [a, b] = await Promise.all([admin.gql.ok(RUN), admin.gql.ok(RUN)]);
    expect(a.runDeadlineJob.closed + b.runDeadlineJob.closed).toBe(1);
    expect(a.runDeadlineJob.overdue + b.runDeadlineJob.overdue).toBeGreaterThanOrEqual(3);
    const lapsed = await health(withBid.id);
    expect(lapsed.status).toBe('UNTAKEN');
    expect(lapsed.bids).toEqual([{ status: 'NOT_SELECTED' }]);
    expect((await team.gql.ok(`query($id: ID!) { bid(id: $id) { status } }`, { id: loser.id })).bid.status).toBe('NOT_SELECTED');
    expect((await health(openLater.id)).status).toBe('PUBLISHED');
    const late = await health(working.id);
    expect(late.health.colour).toBe('RED');
    expect(late.health.items.filter((i: { overdue: boolean }) => i.overdue).map((i: { stage: string }) => i.stage)).toEqual(['MILESTONE']);
    expect((await health(submitted.id)).health).toMatchObject({ colour: 'RED', items: [{ stage: 'REVIEW', overdue: true }] });
    const adminInbox = (await admin.gql.ok(INBOX)).notifications.items;
    expect(adminInbox.filter((n: { kind: string; title: string }) => n.kind === 'OVERDUE' && n.title === `已逾期：${submitted.title}`)).toHaveLength(1);
    const again = (await admin.gql.ok(RUN)).runDeadlineJob;
    expect(again).toMatchObject({ closed: 0, overdue: 0, reminders: 0 });
    expect(m1.id).toBeTruthy();
  });
});
