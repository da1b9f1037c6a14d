// Chinese words for codes, as domain.md names them; codes stay English in the API.

export const STATUS_NAMES: Record<string, string> = {
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

export const ROLE_NAMES: Record<string, string> = { ADMIN: '管理员', EXPERT: '评审专家', ENTERPRISE: '企业', RESEARCHER: '科研人员' };

export const STRENGTH_NAMES: Record<string, string> = { STRONG: '强', MODERATE: '中', WEAK: '弱' };

/** 2026-03-31 → 2026年3月31日 */
export function chineseDate(iso?: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 300 → 300 万元; none → 面议 */
export const wanYuan = (v?: number | null) => (v === null || v === undefined ? '面议' : `${v.toLocaleString('zh-CN')} 万元`);

/** 0.399 → 39.9% */
export const percent = (v?: number | null) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
