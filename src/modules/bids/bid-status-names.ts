// No imports: the web console bundles this file too, so server and console name bid statuses alike.

/** Each bid status in Chinese, as notifications, downloads and the console show it. */
export const BID_STATUS_NAMES = {
  SUBMITTED: '已提交',
  SHORTLISTED: '入围',
  AWARDED: '中榜（挂帅）',
  NOT_SELECTED: '未入选',
  WITHDRAWN: '已撤回',
} as const;
