// No imports: the web console bundles this file too, so server and console name milestone statuses alike.

/** Each milestone status in Chinese. */
export const MILESTONE_STATUS_NAMES = { PLANNED: '计划中', REPORTED: '已提交', CONFIRMED: '已确认', RETURNED: '已退回' } as const;
