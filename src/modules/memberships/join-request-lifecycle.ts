import { registerEnumType } from '@nestjs/graphql';
import { StateMachine } from '../../common/state-machine/state-machine';

export enum JoinRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(JoinRequestStatus, { name: 'JoinRequestStatus', description: '待审批 / 已批准 / 已拒绝' });

export const JOIN_REQUEST_STATUS_CN: Record<JoinRequestStatus, string> = {
  PENDING: '待审批',
  APPROVED: '已批准',
  REJECTED: '已拒绝',
};

/** DECIDER: the enterprise's admin member or a platform admin. */
export type JoinRequestActor = 'DECIDER';
export type JoinRequestMove = 'approve' | 'reject';

const S = JoinRequestStatus;

export const joinRequestLifecycle = new StateMachine<JoinRequestStatus, JoinRequestMove, JoinRequestActor>('join request', Object.values(S), {
  approve: { from: [S.PENDING], to: S.APPROVED, by: ['DECIDER'] },
  reject: { from: [S.PENDING], to: S.REJECTED, by: ['DECIDER'] },
}, { entity: '加入申请', states: JOIN_REQUEST_STATUS_CN, moves: { approve: '批准', reject: '拒绝' } });
