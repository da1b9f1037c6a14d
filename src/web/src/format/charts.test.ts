import { describe, expect, it } from 'vitest';
import { breakdownOption, dashboardCharts, funnelOption, matchBands, monthlyOption } from './charts';

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

  it('splits the winners by their place in the engine’s ranking, adding up to the ranked awards', () => {
    const bands = matchBands({ rankedAwards: 20, inTop5: 12, inTop10: 17 });
    expect(bands).toEqual([
      ['引擎前 5 名', 12],
      ['第 6–10 名', 5],
      ['10 名以后', 3],
    ]);
    expect(bands.reduce((n, [, v]) => n + v, 0)).toBe(20);
  });

  it('gives every dashboard chart its XLSX sheet and a table with the same figures', () => {
    const row = { key: '新材料', published: 10, taken: 4, takeRate: 0.4 };
    const charts = dashboardCharts({
      funnel: { published: 10, withBids: 8, shortlisted: 6, taken: 4, inProgress: 3, accepted: 1 },
      monthly: [{ month: '2026-03', published: 10, taken: 4 }],
      byIndustry: [row],
      byRegion: [{ ...row, key: '嘉兴市' }],
      byList: [{ ...row, key: '嘉兴市2026年榜单' }],
      topInstitutions: [
        { institution: '浙江大学', awards: 3 },
        { institution: '嘉兴学院', awards: 1 },
      ],
      matching: { rankedAwards: 4, inTop5: 3, inTop10: 4, top5Share: 0.75, top10Share: 1 },
    });
    expect(charts.map((c) => c.sheet)).toEqual(['funnel', 'monthly', 'byIndustry', 'byRegion', 'byList', 'topInstitutions', 'matching']);
    expect(charts.find((c) => c.sheet === 'byIndustry')!.table).toEqual({ headers: ['产业领域', '发布', '揭榜', '揭榜率'], rows: [['新材料', 10, 4, '40.0%']] });
    const top = charts.find((c) => c.sheet === 'topInstitutions')!;
    // Bars draw bottom-up: the most awards last, so it shows at the top; the table reads top-down.
    expect((top.option as { yAxis: { data: string[] } }).yAxis.data).toEqual(['嘉兴学院', '浙江大学']);
    expect(top.table.rows[0]).toEqual(['浙江大学', 3]);
    expect(charts.find((c) => c.sheet === 'matching')!.note).toContain('前 5 名占 75.0%');
  });
});
