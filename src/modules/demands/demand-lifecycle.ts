import { registerEnumType } from '@nestjs/graphql';
import { StateMachine } from '../../common/state-machine/state-machine';
import { DEMAND_STATUS_NAMES } from './demand-status-names';

export enum DemandStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  TAKEN = 'TAKEN',
  IN_PROGRESS = 'IN_PROGRESS',
  ACCEPTED = 'ACCEPTED',
  UNTAKEN = 'UNTAKEN',
  WITHDRAWN = 'WITHDRAWN',
  TERMINATED = 'TERMINATED',
}
registerEnumType(DemandStatus, {
  name: 'DemandStatus',
  description: '草稿 / 待审核 / 揭榜中 / 已揭榜 / 攻关中 / 已验收 / 流榜 / 已撤回 / 已终止',
});

/** Each status in Chinese, as notifications and downloads show it (one table with the console's). */
export const DEMAND_STATUS_CN: Record<DemandStatus, string> = DEMAND_STATUS_NAMES;

/** Who makes a move: the owning enterprise, an admin, or the platform itself (deadline job, awards). */
export type DemandActor = 'OWNER' | 'ADMIN' | 'SYSTEM';

export type DemandMove =
  | 'submit'
  | 'approve'
  | 'reject'
  | 'withdraw'
  | 'take'
  | 'close'
  | 'relist'
  | 'start'
  | 'accept'
  | 'terminate';

const S = DemandStatus;

/** The demand lifecycle of domain.md, in one table. `take` happens through awardBid. */
const MOVE_CN: Record<DemandMove, string> = {
  submit: '提交审核',
  approve: '审核通过',
  reject: '退回',
  withdraw: '撤回',
  take: '揭榜',
  close: '流榜',
  relist: '重新发榜',
  start: '开始攻关',
  accept: '验收',
  terminate: '终止',
};

export const demandLifecycle = new StateMachine<DemandStatus, DemandMove, DemandActor>('demand', Object.values(S), {
  submit: { from: [S.DRAFT], to: S.SUBMITTED, by: ['OWNER', 'ADMIN'] },
  approve: { from: [S.SUBMITTED], to: S.PUBLISHED, by: ['ADMIN'] },
  reject: { from: [S.SUBMITTED], to: S.DRAFT, by: ['ADMIN'] },
  withdraw: { from: [S.DRAFT, S.SUBMITTED, S.PUBLISHED], to: S.WITHDRAWN, by: ['OWNER', 'ADMIN'] },
  take: { from: [S.PUBLISHED], to: S.TAKEN, by: ['SYSTEM'] },
  close: { from: [S.PUBLISHED], to: S.UNTAKEN, by: ['SYSTEM'] },
  relist: { from: [S.UNTAKEN], to: S.PUBLISHED, by: ['OWNER', 'ADMIN'] },
  start: { from: [S.TAKEN], to: S.IN_PROGRESS, by: ['OWNER', 'ADMIN'] },
  accept: { from: [S.IN_PROGRESS], to: S.ACCEPTED, by: ['ADMIN'] },
  terminate: { from: [S.IN_PROGRESS], to: S.TERMINATED, by: ['ADMIN'] },
}, { entity: '需求', states: DEMAND_STATUS_CN, moves: MOVE_CN });

/** Statuses anyone may read (published and everything after it). */
export const PUBLIC_DEMAND_STATUSES: readonly DemandStatus[] = [
  S.PUBLISHED,
  S.TAKEN,
  S.IN_PROGRESS,
  S.ACCEPTED,
  S.UNTAKEN,
  S.TERMINATED,
];

/** Statuses in which the owning enterprise may still edit the content. */
export const EDITABLE_DEMAND_STATUSES: readonly DemandStatus[] = [S.DRAFT, S.SUBMITTED];
