// The spreadsheet columns of shared/data-contract.md (demand lists and talent rosters): header,
// English key, and whether a row must have it. Import and export both read from here.

export type ImportKind = 'demands' | 'talents';

export interface ContractColumn {
  header: string;
  key: string;
  required: boolean;
}

const col = (header: string, key: string, required = false): ContractColumn => ({ header, key, required });

export const DEMAND_COLUMNS: readonly ContractColumn[] = [
  col('需求编号', 'code', true),
  col('榜单', 'list'),
  col('需求名称', 'title', true),
  col('发榜单位', 'organization', true),
  col('统一社会信用代码', 'creditCode'),
  col('所在地区', 'region', true),
  col('产业领域', 'industry', true),
  col('需求类型', 'type'),
  col('需求描述', 'description', true),
  col('技术指标', 'indicators'),
  col('关键词', 'keywords'),
  col('拟投入资金(万元)', 'budget'),
  col('揭榜截止日期', 'deadline'),
  col('揭榜条件', 'requirements'),
  col('发布日期', 'publishedAt'),
  col('状态', 'status'),
  col('揭榜方', 'winner'),
  col('揭榜日期', 'takenAt'),
];

export const TALENT_COLUMNS: readonly ContractColumn[] = [
  col('人才编号', 'code', true),
  col('姓名', 'name', true),
  col('职称', 'title'),
  col('人才层次', 'level'),
  col('工作单位', 'institution', true),
  col('单位类型', 'institutionType'),
  col('所在地区', 'region', true),
  col('产业领域', 'industries'),
  col('研究方向', 'fields', true),
  col('关键词', 'keywords'),
  col('代表成果', 'achievements'),
  col('个人简介', 'bio'),
  col('接受远程合作', 'remoteOk'),
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
