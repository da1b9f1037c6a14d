import { registerEnumType } from '@nestjs/graphql';
import { StateMachine } from '../../common/state-machine/state-machine';
import { MILESTONE_STATUS_NAMES } from './milestone-status-names';

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  REPORTED = 'REPORTED',
  CONFIRMED = 'CONFIRMED',
  RETURNED = 'RETURNED',
}
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus', description: '计划中 / 已提交 / 已确认 / 已退回' });

export const MILESTONE_STATUS_CN: Record<MilestoneStatus, string> = MILESTONE_STATUS_NAMES;

/** TEAM: the awarded bidder; OWNER: the demand's enterprise. */
export type MilestoneActor = 'TEAM' | 'OWNER' | 'ADMIN';
export type MilestoneMove = 'report' | 'confirm' | 'return';

const S = MilestoneStatus;

/** The milestone lifecycle: the team reports it done, the enterprise confirms it or returns it with a reason. */
export const milestoneLifecycle = new StateMachine<MilestoneStatus, MilestoneMove, MilestoneActor>('milestone', Object.values(S), {
  report: { from: [S.PLANNED, S.RETURNED], to: S.REPORTED, by: ['TEAM'] },
  confirm: { from: [S.REPORTED], to: S.CONFIRMED, by: ['OWNER', 'ADMIN'] },
  return: { from: [S.REPORTED], to: S.RETURNED, by: ['OWNER', 'ADMIN'] },
}, { entity: '里程碑', states: MILESTONE_STATUS_CN, moves: { report: '提交完成情况', confirm: '确认', return: '退回' } });
