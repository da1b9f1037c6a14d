/** One row of a milestone plan as the form holds it. */
export interface PlanRow {
  title: string;
  dueDate: string;
  deliverable: string;
  paymentShare: number;
}

/**
 * The server's rules for a plan (setMilestones), checked before sending: every row complete, dates not
 * past and in order, payment shares summing to 100. Messages are keyed like the server's fields
 * (`milestones`, `milestones[1].dueDate`).
 */
export function checkPlan(rows: PlanRow[], today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!rows.length) errors.milestones = '请至少添加一个里程碑';
  rows.forEach((r, i) => {
    const at = `milestones[${i}]`;
    if (!r.title.trim()) errors[`${at}.title`] = '请填写里程碑名称';
    if (!r.deliverable.trim()) errors[`${at}.deliverable`] = '请填写交付物';
    if (!r.dueDate) errors[`${at}.dueDate`] = '请选择计划完成日期';
    else if (r.dueDate < today) errors[`${at}.dueDate`] = '日期已经过去';
    else if (i && rows[i - 1].dueDate && r.dueDate < rows[i - 1].dueDate) errors[`${at}.dueDate`] = '不能早于上一个里程碑的日期';
    if (!Number.isInteger(r.paymentShare) || r.paymentShare < 1 || r.paymentShare > 100) errors[`${at}.paymentShare`] = '付款比例为 1–100 的整数';
  });
  const total = rows.reduce((s, r) => s + (r.paymentShare || 0), 0);
  if (rows.length && total !== 100) errors.milestones = `各里程碑的付款比例之和应为 100（现为 ${total}）`;
  return errors;
}

/** Today in China time (the server's calendar), as YYYY-MM-DD. */
export const chinaToday = (now = new Date()) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
