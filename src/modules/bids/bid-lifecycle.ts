import { registerEnumType } from '@nestjs/graphql';
import { StateMachine } from '../../common/state-machine/state-machine';
import { BID_STATUS_NAMES } from './bid-status-names';

export enum BidStatus {
  SUBMITTED = 'SUBMITTED',
  SHORTLISTED = 'SHORTLISTED',
  AWARDED = 'AWARDED',
  NOT_SELECTED = 'NOT_SELECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(BidStatus, { name: 'BidStatus', description: '已提交 / 入围 / 挂帅 / 未入选 / 已撤回' });

/** Each status in Chinese, as notifications and downloads show it. */
export const BID_STATUS_CN: Record<BidStatus, string> = BID_STATUS_NAMES;

/** OWNER: the enterprise that owns the demand; BIDDER: the researcher who bid. */
export type BidActor = 'OWNER' | 'ADMIN' | 'BIDDER' | 'SYSTEM';
export type BidMove = 'shortlist' | 'award' | 'withdraw' | 'reject';

const S = BidStatus;

/** The bid lifecycle of domain.md. `reject` is made by the platform when the demand is taken or closes. */
export const bidLifecycle = new StateMachine<BidStatus, BidMove, BidActor>('bid', Object.values(S), {
  shortlist: { from: [S.SUBMITTED], to: S.SHORTLISTED, by: ['OWNER', 'ADMIN'] },
  award: { from: [S.SUBMITTED, S.SHORTLISTED], to: S.AWARDED, by: ['OWNER', 'ADMIN'] },
  withdraw: { from: [S.SUBMITTED, S.SHORTLISTED], to: S.WITHDRAWN, by: ['BIDDER'] },
  reject: { from: [S.SUBMITTED, S.SHORTLISTED], to: S.NOT_SELECTED, by: ['SYSTEM'] },
}, { entity: '揭榜申请', states: BID_STATUS_CN, moves: { shortlist: '入围', award: '授予挂帅', withdraw: '撤回', reject: '不予入选' } });

/** A bid still in the running; a talent has at most one such bid per demand. */
export const LIVE_BID_STATUSES: readonly BidStatus[] = [S.SUBMITTED, S.SHORTLISTED];
