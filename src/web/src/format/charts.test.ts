import { describe, expect, it } from 'vitest';
import { breakdownOption, funnelOption, monthlyOption } from './charts';

describe('chart data shaping', () => {
  it('lays the funnel out in the order of the lifecycle, with Chinese step names', () => {
    const option = funnelOption({ published: 358, withBids: 200, shortlisted: 160, taken: 143, inProgress: 120, accepted: 60 }) as { series: { data: { name: string; value: number }[] }[] };
    expect(option.series[0].data).toEqual([
      { name: '已发布', value: 358 },
      { name: '有人揭榜', value: 200 },
      { name: '入围', value: 160 },
      { name: '已揭榜', value: 143 },
      { name: '攻关', value: 120 },
      { name: '已验收', value: 60 },
    ]);
  });

  it('names months in Chinese', () => {
    const option = monthlyOption([{ month: '2026-03', published: 4, taken: 1 }]) as { xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['2026年03月']);
  });

  it('keeps the largest groups, the largest at the top of the bars', () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({ key: `领域${i}`, published: i, taken: 0 }));
    const option = breakdownOption(rows) as { yAxis: { data: string[] } };
    expect(option.yAxis.data).toHaveLength(10);
    expect(option.yAxis.data.at(-1)).toBe('领域11');
    expect(option.yAxis.data).not.toContain('领域0');
  });
});
