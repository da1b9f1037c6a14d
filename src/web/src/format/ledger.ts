// 一企一台账 in the console's words: the server's dependency-free ledger labels, so pages and downloads agree.
import { actionLabel, HEALTH_NAMES, INDUSTRIALISATION_NAMES } from '../../../modules/ledger/ledger-labels';
import { BID_STATUS_NAMES, chineseDate, MILESTONE_STATUS_NAMES, STATUS_NAMES } from './labels';

export { INDUSTRIALISATION_NAMES };

type TagType = 'success' | 'warning' | 'danger' | 'primary' | 'info';

/** 健康度 as a coloured tag. */
export const healthTag = (c: keyof typeof HEALTH_NAMES): { text: string; type: TagType } => ({
  text: HEALTH_NAMES[c],
  type: ({ GREEN: 'success', YELLOW: 'warning', RED: 'danger' } as const)[c],
});

/** 红黄蓝 as a coloured tag; none yet → 未填报. */
export const industrialisationTag = (c?: keyof typeof INDUSTRIALISATION_NAMES | null): { text: string; type: TagType } =>
  c ? { text: INDUSTRIALISATION_NAMES[c], type: ({ RED: 'danger', YELLOW: 'warning', BLUE: 'primary' } as const)[c] } : { text: '未填报', type: 'info' };

/** An instant in China's time: 2026年3月31日 14:05. */
export function chineseDateTime(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${chineseDate(`${parts.year}-${parts.month}-${parts.day}`)} ${parts.hour}:${parts.minute}`;
}

const STATUS_BY_KIND: Record<string, Record<string, string>> = { DEMAND: STATUS_NAMES, BID: BID_STATUS_NAMES, MILESTONE: MILESTONE_STATUS_NAMES };

export interface LedgerEntryLike {
  at: string;
  action: string;
  entityType: string;
  from?: string | null;
  to: string;
  note?: string | null;
  actor?: { name: string } | null;
}

/** One dated line of a demand's ledger: what was done, by whom, and the status it moved (when it moved). */
export function ledgerLine(e: LedgerEntryLike): { when: string; what: string; change: string; who: string; note: string } {
  const names = STATUS_BY_KIND[e.entityType] ?? {};
  const name = (s: string) => names[s] ?? s;
  const kind = e.entityType === 'BID' ? '揭榜申请' : e.entityType === 'MILESTONE' ? '里程碑' : '需求';
  return {
    when: chineseDateTime(e.at),
    what: actionLabel(e.entityType, e.action),
    change: !e.from ? `${kind}：${name(e.to)}` : e.from === e.to ? '' : `${kind}：${name(e.from)} → ${name(e.to)}`,
    who: e.actor?.name ?? '平台',
    note: e.note ?? '',
  };
}
