import { BidStatus } from '../bids/bid-lifecycle';
import { DemandStatus } from '../demands/demand-lifecycle';

// The Chinese wording of notifications, in one place.

export const DEMAND_STATUS_CN: Record<DemandStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  PUBLISHED: '揭榜中',
  TAKEN: '已揭榜',
  IN_PROGRESS: '攻关中',
  ACCEPTED: '已验收',
  UNTAKEN: '流榜',
  WITHDRAWN: '已撤回',
  TERMINATED: '已终止',
};

export const BID_STATUS_CN: Record<BidStatus, string> = {
  SUBMITTED: '已提交',
  SHORTLISTED: '入围',
  AWARDED: '中榜（挂帅）',
  NOT_SELECTED: '未入选',
  WITHDRAWN: '已撤回',
};
