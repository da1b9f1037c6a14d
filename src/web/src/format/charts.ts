import type { EChartsCoreOption } from 'echarts/core';
import { percent } from './labels';

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
    legend: { data: ['发布', '揭榜'], top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => m.month.replace('-', '年') + '月') },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '发布', type: 'line', data: months.map((m) => m.published) },
      { name: '揭榜', type: 'line', data: months.map((m) => m.taken) },
    ],
  };
}

// Bars stay this thin when a filter leaves one or two groups.
const BAR = 24;

/** The largest `top` groups, most published first, as horizontal bars of published and taken. */
export function breakdownOption(rows: { key: string; published: number; taken: number }[], top = 10): EChartsCoreOption {
  const shown = [...rows].sort((a, b) => b.published - a.published).slice(0, top).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: ['发布', '揭榜'], top: 0 },
    grid: { left: 120, right: 16, top: 36, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.key) },
    series: [
      { name: '发布', type: 'bar', barMaxWidth: BAR, data: shown.map((r) => r.published) },
      { name: '揭榜', type: 'bar', barMaxWidth: BAR, data: shown.map((r) => r.taken) },
    ],
  };
}

/** Horizontal bars of awards per institution, the most at the top. */
export function institutionsOption(rows: { institution: string; awards: number }[]): EChartsCoreOption {
  const shown = [...rows].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 160, right: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.institution) },
    series: [{ name: '中榜数', type: 'bar', barMaxWidth: BAR, data: shown.map((r) => r.awards) }],
  };
}

export interface MatchCounts {
  rankedAwards: number;
  inTop5: number;
  inTop10: number;
}

/** Where the winners stood in the engine's ranking: top 5, places 6–10, below 10 (they add up to the ranked awards). */
export function matchBands(m: MatchCounts): [string, number][] {
  return [
    ['引擎前 5 名', m.inTop5],
    ['第 6–10 名', m.inTop10 - m.inTop5],
    ['10 名以后', m.rankedAwards - m.inTop10],
  ];
}

export function matchingOption(m: MatchCounts): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 40, right: 16, bottom: 32 },
    xAxis: { type: 'category', data: matchBands(m).map(([name]) => name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: '中榜数', type: 'bar', barMaxWidth: BAR * 2, data: matchBands(m).map(([, n]) => n) }],
  };
}

type Breakdown = { key: string; published: number; taken: number; takeRate: number };

/** What the dashboard needs of Query.statistics. */
export interface DashboardStatistics {
  funnel: FunnelCounts;
  monthly: { month: string; published: number; taken: number }[];
  byIndustry: Breakdown[];
  byRegion: Breakdown[];
  byList: Breakdown[];
  topInstitutions: { institution: string; awards: number }[];
  matching: MatchCounts & { top5Share?: number | null; top10Share?: number | null };
}

/** One chart of the dashboard: `sheet` is its sheet of GET /statistics.xlsx; `table` is the same data for screen readers. */
export interface DashboardChart {
  sheet: string;
  title: string;
  label: string;
  option: EChartsCoreOption;
  table: { headers: string[]; rows: (string | number)[][] };
  /** What the figures rest on, said under the chart. */
  note?: string;
}

const breakdownChart = (sheet: string, title: string, group: string, rows: Breakdown[]): DashboardChart => ({
  sheet,
  title,
  label: `${title}的发布与揭榜`,
  option: breakdownOption(rows),
  table: { headers: [group, '发布', '揭榜', '揭榜率'], rows: rows.map((r) => [r.key, r.published, r.taken, percent(r.takeRate)]) },
});

export function dashboardCharts(st: DashboardStatistics): DashboardChart[] {
  const m = st.matching;
  return [
    { sheet: 'funnel', title: '揭榜漏斗', label: '揭榜漏斗', option: funnelOption(st.funnel), table: { headers: ['环节', '需求数'], rows: FUNNEL_STEPS.map(([k, n]) => [n, st.funnel[k]]) } },
    { sheet: 'monthly', title: '月度趋势', label: '月度发布与揭榜', option: monthlyOption(st.monthly), table: { headers: ['月份', '发布', '揭榜'], rows: st.monthly.map((r) => [r.month, r.published, r.taken]) } },
    breakdownChart('byIndustry', '按产业领域', '产业领域', st.byIndustry),
    breakdownChart('byRegion', '按地区', '地区', st.byRegion),
    breakdownChart('byList', '按榜单', '榜单', st.byList),
    { sheet: 'topInstitutions', title: '揭榜单位 TOP 10', label: '中榜数最多的揭榜单位', option: institutionsOption(st.topInstitutions), table: { headers: ['单位', '中榜数'], rows: st.topInstitutions.map((r) => [r.institution, r.awards]) } },
    {
      sheet: 'matching',
      title: '匹配命中',
      label: '中榜者在匹配引擎排名中的位置',
      note: `有排名记录的中榜 ${m.rankedAwards} 项（导入的历史揭榜没有排名记录）：中榜者在引擎前 5 名占 ${percent(m.top5Share)}，前 10 名占 ${percent(m.top10Share)}。`,
      option: matchingOption(m),
      table: { headers: ['引擎排名', '中榜数'], rows: matchBands(m) },
    },
  ];
}
