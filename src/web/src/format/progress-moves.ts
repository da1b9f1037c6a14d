import { type IndustrialisationColour, INDUSTRIALISATION_NEXT } from '../../../modules/progress/industrialisation-steps';
import { chineseDate } from './labels';

// After the award: what the demand's enterprise or an admin may do next (签约立项, 中期检查, 验收, 终止,
// 重新发榜, 红黄蓝), following the server's nextStatuses; the server still decides each request.

export type MoveKind = 'start' | 'midterm' | 'accept' | 'terminate' | 'relist' | 'industrialisation';
export type MoveField = 'documentRef' | 'result' | 'reason' | 'deadline' | 'status' | 'since';

export interface Move {
  kind: MoveKind;
  /** The button's words. */
  label: string;
  /** What the dialog asks for; none: a confirmation only. */
  fields: MoveField[];
  /** Said when done. */
  done: string;
  danger?: boolean;
}

const MOVES: Record<MoveKind, Move> = {
  start: { kind: 'start', label: '签约立项', fields: [], done: '已签约立项，需求进入攻关' },
  midterm: { kind: 'midterm', label: '记录中期检查', fields: ['result', 'documentRef'], done: '中期检查已记录' },
  accept: { kind: 'accept', label: '验收通过', fields: ['documentRef'], done: '已验收' },
  terminate: { kind: 'terminate', label: '终止项目', fields: ['reason'], done: '项目已终止', danger: true },
  relist: { kind: 'relist', label: '重新发榜', fields: ['deadline'], done: '已重新发榜' },
  industrialisation: { kind: 'industrialisation', label: '填报产业化进展', fields: ['status', 'since'], done: '产业化进展已更新' },
};

export const FIELD_LABELS: Record<MoveField, string> = {
  documentRef: '报告文号',
  result: '检查结论',
  reason: '终止理由',
  deadline: '新的揭榜截止日期',
  status: '产业化状态',
  since: '起始日期',
};

export interface ProgressState {
  status: string;
  nextStatuses: readonly string[];
  industrialisation?: string | null;
}

/** The 红黄蓝 steps open from the current colour (the server's own table; none yet counts as RED). */
export const industrialisationNext = (current?: string | null): readonly string[] => INDUSTRIALISATION_NEXT[(current ?? 'RED') as IndustrialisationColour] ?? [];

/** The moves offered now: status moves as nextStatuses allows them, mid-term checks to admins, 红黄蓝 after acceptance. */
export function movesFor(d: ProgressState, who: { admin: boolean; owner: boolean }): Move[] {
  const next = (s: string) => d.nextStatuses.includes(s);
  const moves: Move[] = [];
  if (d.status === 'TAKEN' && next('IN_PROGRESS')) moves.push(MOVES.start);
  // A check found wanting may be followed by another: the latest one stands.
  if (d.status === 'IN_PROGRESS' && who.admin) moves.push(MOVES.midterm);
  if (d.status === 'IN_PROGRESS' && next('ACCEPTED')) moves.push(MOVES.accept);
  if (d.status === 'IN_PROGRESS' && next('TERMINATED')) moves.push(MOVES.terminate);
  if (d.status === 'UNTAKEN' && next('PUBLISHED')) moves.push(MOVES.relist);
  if (d.status === 'ACCEPTED' && (who.admin || who.owner) && industrialisationNext(d.industrialisation).length) moves.push(MOVES.industrialisation);
  return moves;
}

/**
 * The dialog's own checks, so the message sits at the field before anything is sent. `today` is China's date;
 * `since` is when the current 红黄蓝 status began (a new one cannot begin earlier).
 */
export function checkMove(move: Move, values: Partial<Record<MoveField, string>>, today: string, since?: string | null): Partial<Record<MoveField, string>> {
  const errors: Partial<Record<MoveField, string>> = {};
  for (const f of move.fields) if (!values[f]?.trim()) errors[f] = `请填写${FIELD_LABELS[f]}`;
  if (values.deadline && values.deadline <= today) errors.deadline = '新的截止日期应晚于今天';
  if (values.since && values.since > today) errors.since = '起始日期不能晚于今天';
  else if (values.since && since && values.since < since) errors.since = `起始日期不能早于${chineseDate(since)}（当前状态开始的日期）`;
  return errors;
}
