// No imports: the web console bundles this file too, so server and console name statuses alike.

/** Each demand status in Chinese (domain.md's words), as messages, downloads and the console show it. */
export const DEMAND_STATUS_NAMES = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  PUBLISHED: '揭榜中',
  TAKEN: '已揭榜',
  IN_PROGRESS: '攻关中',
  ACCEPTED: '已验收',
  UNTAKEN: '流榜',
  WITHDRAWN: '已撤回',
  TERMINATED: '已终止',
} as const;
