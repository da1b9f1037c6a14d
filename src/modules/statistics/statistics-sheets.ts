import { chinaDay } from '../../common/time/china-dates';
import { Sheet } from '../data-export/table-writer';
import { DEMAND_STATUS_CN } from '../demands/demand-lifecycle';
import { actionLabel, HEALTH_NAMES, INDUSTRIALISATION_NAMES } from '../ledger/ledger-labels';
import { Breakdown, LedgerRow, Statistics } from './statistics.dto';

// The statistics and the 一企一台账 as XLSX sheets, under Chinese headers and in Chinese words.

const breakdownSheet = (name: string, first: string, rows: Breakdown[]): Sheet => ({
  name,
  headers: [first, '发布数', '揭榜数', '揭榜率'],
  rows: rows.map((r) => [r.key, r.published, r.taken, r.takeRate]),
});

/** The sheets of GET /statistics.xlsx, by the key `?sheet=` names (one per chart of the dashboard). */
export const STATISTICS_SHEETS = ['overview', 'funnel', 'monthly', 'byIndustry', 'byRegion', 'byList', 'topInstitutions', 'matching'] as const;
export type StatisticsSheet = (typeof STATISTICS_SHEETS)[number];

export function statisticsSheets(s: Statistics, only?: StatisticsSheet): Sheet[] {
  const sheets = sheetsByKey(s);
  return only ? [sheets[only]] : STATISTICS_SHEETS.map((k) => sheets[k]);
}

function sheetsByKey(s: Statistics): Record<StatisticsSheet, Sheet> {
  const f = s.funnel;
  const m = s.matching;
  return {
    overview: {
      name: '总览',
      headers: ['指标', '数值'],
      rows: [
        ['发布需求数', s.published],
        ['揭榜申请数', s.bids],
        ['已揭榜数', s.taken],
        ['揭榜率', s.takeRate],
        ['流榜数', s.untaken],
        ['攻关中', s.inProgress],
        ['已验收', s.accepted],
        ['发布至揭榜天数（中位数）', s.medianDaysToTake ?? ''],
        ['发布至揭榜天数（P90）', s.p90DaysToTake ?? ''],
        ['每项需求揭榜申请数', s.bidsPerDemand],
        ['中榜者排名前5占比', s.matching.top5Share ?? ''],
        ['中榜者排名前10占比', s.matching.top10Share ?? ''],
      ],
    },
    funnel: {
      name: '漏斗',
      headers: ['阶段', '需求数'],
      rows: [
        ['发布', f.published],
        ['有揭榜申请', f.withBids],
        ['入围', f.shortlisted],
        ['揭榜', f.taken],
        ['攻关', f.inProgress],
        ['验收', f.accepted],
      ],
    },
    monthly: { name: '月度趋势', headers: ['月份', '发布数', '揭榜数'], rows: s.monthly.map((m) => [m.month, m.published, m.taken]) },
    byIndustry: breakdownSheet('按产业', '产业领域', s.byIndustry),
    byRegion: breakdownSheet('按地区', '城市', s.byRegion),
    byList: breakdownSheet('按榜单', '榜单', s.byList),
    topInstitutions: { name: '揭榜单位排名', headers: ['单位', '中榜数'], rows: s.topInstitutions.map((i) => [i.institution, i.awards]) },
    matching: {
      name: '匹配命中',
      headers: ['指标', '数值'],
      rows: [
        ['有排名记录的中榜数', m.rankedAwards],
        ['中榜者在引擎前5名', m.inTop5],
        ['中榜者在引擎前10名', m.inTop10],
        ['前5名占比', m.top5Share ?? ''],
        ['前10名占比', m.top10Share ?? ''],
      ],
    },
  };
}

export function ledgerSheet(rows: LedgerRow[]): Sheet {
  return {
    name: '一企一台账',
    headers: ['需求编号', '需求名称', '状态', '健康度', '红黄蓝', '最近变更', '变更时间'],
    rows: rows.map((r) => [
      r.demand.code,
      r.demand.title,
      DEMAND_STATUS_CN[r.status],
      HEALTH_NAMES[r.colour],
      r.industrialisation ? INDUSTRIALISATION_NAMES[r.industrialisation] : '',
      r.lastChange ? `${actionLabel(r.lastChange.entityType, r.lastChange.action)}${r.lastChange.note ? `：${r.lastChange.note}` : ''}` : '',
      r.lastChange ? chinaDay(r.lastChange.at) : '',
    ]),
  };
}
