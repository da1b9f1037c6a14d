import { describe, expect, it } from 'vitest';
import { checkPlan, chinaToday } from './milestones';

const row = (dueDate: string, paymentShare: number) => ({ title: '小试', deliverable: '报告', dueDate, paymentShare });

describe('checkPlan', () => {
  it('accepts a complete plan in date order whose shares sum to 100', () => {
    expect(checkPlan([row('2027-01-01', 40), row('2027-06-01', 60)], '2026-12-07')).toEqual({});
  });

  it('names each row’s field like the server does', () => {
    const errors = checkPlan([{ title: ' ', deliverable: '', dueDate: '2027-06-01', paymentShare: 30 }, row('2027-01-01', 30), row('2026-01-01', 0)], '2026-12-07');
    expect(errors).toEqual({
      'milestones[0].title': '请填写里程碑名称',
      'milestones[0].deliverable': '请填写交付物',
      'milestones[1].dueDate': '不能早于上一个里程碑的日期',
      'milestones[2].dueDate': '日期已经过去',
      'milestones[2].paymentShare': '付款比例为 1–100 的整数',
      milestones: '各里程碑的付款比例之和应为 100（现为 60）',
    });
  });

  it('counts days in China time', () => {
    expect(chinaToday(new Date('2026-12-07T17:00:00Z'))).toBe('2026-12-08');
  });
});
