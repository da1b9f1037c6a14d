import { describe, expect, it } from 'vitest';
import { chineseDateTime, healthTag, industrialisationTag, ledgerLine } from './ledger';

describe('一企一台账 in Chinese', () => {
  it('dates an entry in China’s time', () => {
    expect(chineseDateTime('2026-03-31T06:05:00Z')).toBe('2026年3月31日 14:05');
    expect(chineseDateTime('2026-03-31T17:00:00Z')).toBe('2026年4月1日 01:00');
  });

  it('names the action and the status moved by the kind of record', () => {
    const line = ledgerLine({ at: '2026-03-31T02:00:00Z', action: 'approve', entityType: 'DEMAND', from: 'SUBMITTED', to: 'PUBLISHED', actor: { name: '市科技局' } });
    expect(line).toEqual({ when: '2026年3月31日 10:00', what: '审核通过并发布', change: '需求：待审核 → 揭榜中', who: '市科技局', note: '' });
    // The same code means another thing for a bid.
    expect(ledgerLine({ at: '2026-03-31T02:00:00Z', action: 'reject', entityType: 'BID', from: 'SUBMITTED', to: 'NOT_SELECTED' }).what).toBe('揭榜申请未入选');
  });

  it('shows a created record’s first status, no change for an edit that keeps it, and the platform when no one acted', () => {
    expect(ledgerLine({ at: '2026-03-31T02:00:00Z', action: 'create', entityType: 'DEMAND', from: null, to: 'DRAFT' }).change).toBe('需求：草稿');
    const kept = ledgerLine({ at: '2026-03-31T02:00:00Z', action: 'assignExpert', entityType: 'DEMAND', from: 'PUBLISHED', to: 'PUBLISHED', note: '评审专家 张三' });
    expect(kept).toMatchObject({ what: '指派评审专家', change: '', who: '平台', note: '评审专家 张三' });
  });

  it('colours health and 红黄蓝 as tags', () => {
    expect(healthTag('RED')).toEqual({ text: '红（已逾期）', type: 'danger' });
    expect(industrialisationTag('BLUE')).toEqual({ text: '蓝（已投产）', type: 'primary' });
    expect(industrialisationTag(null)).toEqual({ text: '未填报', type: 'info' });
  });
});
