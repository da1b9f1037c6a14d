import type { EChartsCoreOption } from 'echarts/core';

// Chart options shaped from statistics, pure so that component tests check them without a canvas.

export interface FunnelCounts {
  published: number;
  withBids: number;
  shortlisted: number;
  taken: number;
  inProgress: number;
  accepted: number;
}

export const FUNNEL_STEPS: [keyof FunnelCounts, string][] = [
  ['published', '已发布'],
  ['withBids', '有人揭榜'],
  ['shortlisted', '入围'],
  ['taken', '已揭榜'],
  ['inProgress', '攻关'],
  ['accepted', '已验收'],
];

export function funnelOption(f: FunnelCounts): EChartsCoreOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 项' },
    series: [{ type: 'funnel', sort: 'none', left: '10%', width: '80%', label: { formatter: '{b} {c}' }, data: FUNNEL_STEPS.map(([k, name]) => ({ name, value: f[k] })) }],
  };
}

export function monthlyOption(months: { month: string; published: number; taken: number }[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['发布', '揭榜'] },
    grid: { left: 40, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => m.month.replace('-', '年') + '月') },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '发布', type: 'line', data: months.map((m) => m.published) },
      { name: '揭榜', type: 'line', data: months.map((m) => m.taken) },
    ],
  };
}

/** The largest `top` groups, most published first, as horizontal bars of published and taken. */
export function breakdownOption(rows: { key: string; published: number; taken: number }[], top = 10): EChartsCoreOption {
  const shown = [...rows].sort((a, b) => b.published - a.published).slice(0, top).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: ['发布', '揭榜'] },
    grid: { left: 120, right: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.key) },
    series: [
      { name: '发布', type: 'bar', data: shown.map((r) => r.published) },
      { name: '揭榜', type: 'bar', data: shown.map((r) => r.taken) },
    ],
  };
}
