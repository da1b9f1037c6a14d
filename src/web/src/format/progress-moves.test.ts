import { describe, expect, it } from 'vitest';
import { checkMove, industrialisationNext, movesFor } from './progress-moves';

const labels = (moves: { label: string }[]) => moves.map((m) => m.label);
const ADMIN = { admin: true, owner: false };
const OWNER = { admin: false, owner: true };

describe('movesFor', () => {
  it('offers 签约立项 on a taken demand only when the server lists the move for the caller', () => {
    expect(labels(movesFor({ status: 'TAKEN', nextStatuses: ['IN_PROGRESS'] }, OWNER))).toEqual(['签约立项']);
    expect(movesFor({ status: 'TAKEN', nextStatuses: [] }, OWNER)).toEqual([]);
  });

  it('gives an admin the mid-term check, acceptance and termination while in progress', () => {
    expect(labels(movesFor({ status: 'IN_PROGRESS', nextStatuses: ['ACCEPTED', 'TERMINATED'] }, ADMIN))).toEqual(['记录中期检查', '验收通过', '终止项目']);
    expect(movesFor({ status: 'IN_PROGRESS', nextStatuses: [] }, OWNER)).toEqual([]);
  });

  it('offers 重新发榜 after 流榜 and 红黄蓝 after acceptance', () => {
    expect(labels(movesFor({ status: 'UNTAKEN', nextStatuses: ['PUBLISHED'] }, OWNER))).toEqual(['重新发榜']);
    expect(labels(movesFor({ status: 'ACCEPTED', nextStatuses: [] }, OWNER))).toEqual(['填报产业化进展']);
    expect(movesFor({ status: 'ACCEPTED', nextStatuses: [] }, { admin: false, owner: false })).toEqual([]);
  });

  it('moves 红黄蓝 forward only, and offers nothing once producing', () => {
    expect(industrialisationNext('RED')).toEqual(['YELLOW', 'BLUE']);
    expect(industrialisationNext('YELLOW')).toEqual(['BLUE']);
    expect(movesFor({ status: 'ACCEPTED', nextStatuses: [], industrialisation: 'BLUE' }, OWNER)).toEqual([]);
  });
});

describe('checkMove', () => {
  const [relist] = movesFor({ status: 'UNTAKEN', nextStatuses: ['PUBLISHED'] }, OWNER);
  const [industrialisation] = movesFor({ status: 'ACCEPTED', nextStatuses: [] }, OWNER);
  const [midterm] = movesFor({ status: 'IN_PROGRESS', nextStatuses: [] }, ADMIN);

  it('asks for every field the move needs, by its label', () => {
    expect(checkMove(midterm, { result: 'PASSED', documentRef: '  ' }, '2026-12-08')).toEqual({ documentRef: '请填写报告文号' });
  });

  it('wants a new deadline after today and a start date not after it', () => {
    expect(checkMove(relist, { deadline: '2026-12-08' }, '2026-12-08')).toEqual({ deadline: '新的截止日期应晚于今天' });
    expect(checkMove(relist, { deadline: '2027-01-31' }, '2026-12-08')).toEqual({});
    expect(checkMove(industrialisation, { status: 'YELLOW', since: '2026-12-09' }, '2026-12-08')).toEqual({ since: '起始日期不能晚于今天' });
    expect(checkMove(industrialisation, { status: 'YELLOW', since: '2026-11-30' }, '2026-12-08', '2026-12-01')).toEqual({ since: '起始日期不能早于2026年12月1日（当前状态开始的日期）' });
  });
});
