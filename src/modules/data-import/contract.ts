// The spreadsheet columns of shared/data-contract.md (demand lists and talent rosters): header,
// English key, and whether a row must have it. Import and export both read from here.

export type ImportKind = 'demands' | 'talents';

export interface ContractColumn {
  header: string;
  key: string;
  required: boolean;
  /** Other headers bureaus use for the column (README's alias table is this one). */
  aliases?: readonly string[];
  /** An amount: its header may name the unit, 万元 (the default) or 元. */
  money?: boolean;
}

const col = (header: string, key: string, required: boolean, aliases: readonly string[] = [], money?: boolean): ContractColumn => ({
  header,
  key,
  required,
  aliases,
  ...(money ? { money } : {}),
});

export const DEMAND_COLUMNS: readonly ContractColumn[] = [
  col('需求编号', 'code', true, ['编号', '项目编号', '需求代码']),
  col('榜单', 'list', false, ['榜单名称', '所属榜单']),
  col('需求名称', 'title', true, ['项目名称', '需求标题', '技术需求名称', '需求项目名称']),
  col('发榜单位', 'organization', true, ['企业名称', '单位名称', '需求单位', '需求企业', '发布单位', '申报单位', '需求方']),
  col('统一社会信用代码', 'creditCode', false, ['社会信用代码', '信用代码']),
  col('所在地区', 'region', true, ['地区', '所属地区', '所在区域', '所在地', '县(市、区)', '所属县(市、区)']),
  col('产业领域', 'industry', true, ['所属领域', '行业领域', '技术领域', '所属产业', '所属行业', '产业链', '所属产业链']),
  col('需求类型', 'type', false, ['需求类别']),
  col('需求描述', 'description', true, ['需求内容', '需求简介', '需求概述', '技术需求描述', '需求详情', '具体需求']),
  col('技术指标', 'indicators', false, ['主要技术指标', '技术指标要求', '预期目标', '考核指标']),
  col('关键词', 'keywords', false, ['关键字']),
  col('拟投入资金(万元)', 'budget', false, ['拟投入资金', '投入资金', '需求资金', '资金预算', '预算', '拟投入经费', '投入经费', '榜单金额', '揭榜金额'], true),
  col('揭榜截止日期', 'deadline', false, ['截止时间', '截止日期', '揭榜截止时间', '需求截止日期']),
  col('揭榜条件', 'requirements', false, ['揭榜要求', '揭榜方要求']),
  col('发布日期', 'publishedAt', false, ['发布时间', '发榜日期', '发榜时间']),
  col('状态', 'status', false, ['需求状态']),
  col('揭榜方', 'winner', false),
  col('揭榜日期', 'takenAt', false, ['揭榜时间']),
  // The demand's confidential contact: not in the data contract, but on most bureau sheets.
  col('联系人', 'contactName', false, ['企业联系人', '联系人姓名']),
  col('联系电话', 'contactPhone', false, ['联系方式', '联系人电话', '手机', '手机号码', '电话']),
];

export const TALENT_COLUMNS: readonly ContractColumn[] = [
  col('人才编号', 'code', true, ['编号', '专家编号']),
  col('姓名', 'name', true, ['人才姓名', '专家姓名']),
  col('职称', 'title', false, ['技术职称']),
  col('人才层次', 'level', false, ['层次', '人才类别']),
  col('工作单位', 'institution', true, ['单位', '所在单位', '单位名称']),
  col('单位类型', 'institutionType', false, ['单位性质']),
  col('所在地区', 'region', true, ['地区', '所属地区', '所在地']),
  col('产业领域', 'industries', false, ['所属领域', '行业领域', '所属产业']),
  col('研究方向', 'fields', true, ['研究领域', '专业方向', '专业领域', '擅长领域']),
  col('关键词', 'keywords', false, ['关键字']),
  col('代表成果', 'achievements', false, ['主要成果', '代表性成果']),
  col('个人简介', 'bio', false, ['简介', '个人简历']),
  col('接受远程合作', 'remoteOk', false, ['是否接受远程合作']),
];

export const COLUMNS: Record<ImportKind, readonly ContractColumn[]> = { demands: DEMAND_COLUMNS, talents: TALENT_COLUMNS };

/** Chinese labels ↔ enum values used in the files. */
export const DEMAND_TYPE_LABELS = {
  技术攻关: 'TECH_BREAKTHROUGH',
  成果转化: 'RESULT_TRANSFER',
  联合研发: 'JOINT_RD',
  人才引进: 'TALENT_INTRODUCTION',
} as const;

export const DEMAND_STATUS_LABELS = {
  已发布: 'PUBLISHED',
  已揭榜: 'TAKEN',
  攻关中: 'IN_PROGRESS',
  已验收: 'ACCEPTED',
  流榜: 'UNTAKEN',
  已撤回: 'WITHDRAWN',
} as const;

export const TALENT_LEVEL_LABELS = {
  院士: 'ACADEMICIAN',
  国家级: 'NATIONAL',
  省级: 'PROVINCIAL',
  市级: 'CITY',
  其他: 'OTHER',
} as const;

export const INSTITUTION_TYPE_LABELS = {
  高校: 'UNIVERSITY',
  科研院所: 'INSTITUTE',
  企业: 'ENTERPRISE',
  新型研发机构: 'NEW_RD_INSTITUTE',
} as const;

/** Separators of list cells (关键词, 产业领域, 研究方向). */
export const LIST_SEPARATORS = /[；;，,、|\n\r]+/;

/** Looks a label or an enum value up in a label table; undefined when it is neither. */
export function fromLabel<T extends Record<string, string>>(labels: T, value: string): T[keyof T] | undefined {
  const v = value.trim();
  if (v in labels) return labels[v as keyof T];
  const upper = v.toUpperCase();
  return (Object.values(labels) as T[keyof T][]).find((x) => x === upper);
}

/** The label of an enum value, for export. */
export function toLabel<T extends Record<string, string>>(labels: T, value: string | null | undefined): string {
  if (!value) return '';
  return Object.entries(labels).find(([, v]) => v === value)?.[0] ?? value;
}
