import { describe, expect, it } from 'vitest';
import { chineseDate, wanYuan } from './labels';

describe('chineseDate', () => {
  it('writes a date as 2026年3月31日', () => {
    expect(chineseDate('2026-03-31')).toBe('2026年3月31日');
    expect(chineseDate(null)).toBe('—');
  });

  it('dates an instant in China’s time, not UTC’s', () => {
    expect(chineseDate('2026-03-31T17:00:00.000Z')).toBe('2026年4月1日');
    expect(chineseDate('2026-03-31T15:59:00.000Z')).toBe('2026年3月31日');
  });
});

describe('wanYuan', () => {
  it('writes money in 万元, and none as 面议', () => {
    expect(wanYuan(1200)).toBe('1,200 万元');
    expect(wanYuan(null)).toBe('面议');
  });
});
