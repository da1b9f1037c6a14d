import { formatWanYuan, parseWanYuan } from './wan-yuan.scalar';
import { parseLocalDate } from './local-date.scalar';

describe('WanYuan', () => {
  it('should turn 万元 into whole yuan without floating point', () => {
    expect(parseWanYuan(0.1)).toBe(1000);
    expect(parseWanYuan('0.3')).toBe(3000);
    expect(parseWanYuan(1234.5678)).toBe(12_345_678);
    expect(parseWanYuan('500')).toBe(5_000_000);
    expect(formatWanYuan(parseWanYuan(0.1) + parseWanYuan(0.2))).toBe(0.3);
  });

  it('should refuse negatives, more than four decimals and non-numbers', () => {
    expect(() => parseWanYuan(-1)).toThrow(/negative/);
    expect(() => parseWanYuan('1.23456')).toThrow(/4 decimal/);
    expect(() => parseWanYuan('abc')).toThrow();
    expect(() => parseWanYuan(Number.NaN)).toThrow();
  });
});

describe('LocalDate', () => {
  it('should accept real calendar dates only', () => {
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
    expect(() => parseLocalDate('2023-02-29')).toThrow(/not a valid date/);
    expect(() => parseLocalDate('2023/02/01')).toThrow();
  });
});
