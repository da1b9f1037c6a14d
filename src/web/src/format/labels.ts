// Chinese words for codes, as domain.md names them; codes stay English in the API.

import { BID_STATUS_NAMES as BID_STATUSES } from '../../../modules/bids/bid-status-names';
import { DEMAND_STATUS_NAMES } from '../../../modules/demands/demand-status-names';
import { MILESTONE_STATUS_NAMES as MILESTONE_STATUSES } from '../../../modules/progress/milestone-status-names';
import { STRENGTH_NAMES as STRENGTHS } from '../../../modules/matching/scoring/strength-names';
import { DEMAND_TYPE_LABELS } from '../../../modules/data-import/contract';

// The server's own tables (dependency-free files), read by code from the API (strings).
export const STATUS_NAMES: Record<string, string> = DEMAND_STATUS_NAMES;
export const STRENGTH_NAMES: Record<string, string> = STRENGTHS;
export const BID_STATUS_NAMES: Record<string, string> = BID_STATUSES;
export const MILESTONE_STATUS_NAMES: Record<string, string> = MILESTONE_STATUSES;

/** 人才层次, as domain.md names them. */
export const TALENT_LEVEL_NAMES: Record<string, string> = { ACADEMICIAN: '院士', NATIONAL: '国家级', PROVINCIAL: '省级', CITY: '市级', OTHER: '其他' };

/** How a researcher hears of new demands that fit (AlertMode). */
export const ALERT_MODE_NAMES: Record<string, string> = { INSTANT: '即时提醒', WEEKLY_DIGEST: '每周摘要', MUTED: '不提醒' };

export const ROLE_NAMES: Record<string, string> = { ADMIN: '管理员', EXPERT: '评审专家', ENTERPRISE: '企业', RESEARCHER: '科研人员' };
/** 工作单位 types (OrganizationType). */
export const ORGANIZATION_TYPE_NAMES: Record<string, string> = { UNIVERSITY: '高等院校', INSTITUTE: '科研院所', NEW_RD_INSTITUTE: '新型研发机构', ENTERPRISE: '企业', GOVERNMENT: '政府部门' };
/** JoinRequestStatus, in the order the page offers them. */
export const JOIN_REQUEST_STATUS_NAMES: Record<string, string> = { PENDING: '待处理', APPROVED: '已通过', REJECTED: '已拒绝' };

/** 2026-03-31 → 2026年3月31日; an instant is dated in China's time (2026-03-31T17:00:00Z → 2026年4月1日). */
export function chineseDate(iso?: string | null): string {
  if (!iso) return '—';
  const day = iso.length > 10 ? new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }) : iso;
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 300 → 300 万元; none → 面议 */
export const wanYuan = (v?: number | null) => (v === null || v === undefined ? '面议' : `${v.toLocaleString('zh-CN')} 万元`);

/** 0.399 → 39.9% */
export const percent = (v?: number | null) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

export type Criterion = 'technical' | 'price' | 'team' | 'schedule';
/** The four review criteria (reviews/review-weights.ts), in the order of the scoring sheets. */
export const CRITERIA: [Criterion, string][] = [
  ['technical', '技术方案'],
  ['price', '报价合理性'],
  ['team', '团队能力'],
  ['schedule', '进度可行性'],
];

/** 需求类型 (the import contract's labels, turned round: code → Chinese). */
export const DEMAND_TYPE_NAMES: Record<string, string> = Object.fromEntries(Object.entries(DEMAND_TYPE_LABELS).map(([zh, code]) => [code, zh]));
/** 承接方式, as domain.md names them. */
export const ACCEPTANCE_MODE_NAMES: Record<string, string> = { ORDER: '订单式', MENU: '菜单式', TARGETED: '定向式', DELIVERY: '配送式' };
/** The parts of a talent's match score (MatchBreakdown), each 0–1. */
export const BREAKDOWN_NAMES: [string, string][] = [
  ['text', '文本相关度'],
  ['industry', '产业匹配'],
  ['region', '地域'],
  ['level', '人才层次'],
  ['trackRecord', '过往业绩'],
  ['load', '在研余力'],
];
