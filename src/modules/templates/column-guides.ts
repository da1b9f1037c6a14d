import { addDays } from '../../common/time/china-dates';
import {
  DEMAND_STATUS_LABELS,
  DEMAND_TYPE_LABELS,
  ImportKind,
  INSTITUTION_TYPE_LABELS,
  TALENT_LEVEL_LABELS,
} from '../data-import/contract';

/** The values a drop-down offers: a fixed list, or the live industry taxonomy. */
export type Choices = readonly string[] | 'industries';

/** How the template presents one contract column: what the notes say, how the cell is formatted and checked. */
export interface ColumnGuide {
  /** What goes in the cell, in Chinese, for the notes sheet and the header's comment. */
  format: string;
  /** The sample row's cell; empty for history columns a new list leaves blank. */
  example: string | number | Date;
  width: number;
  /** text cells keep codes as written; dates and money get their number formats and range checks. */
  cell?: 'date' | 'money';
  choices?: Choices;
  /** The cell may hold several values (a list): the drop-down then suggests but does not refuse. */
  several?: boolean;
  maxLength?: number;
  exactLength?: number;
}

const labels = (table: Record<string, string>) => Object.keys(table);
const LIST = '多个值用“；”“、”“，”或换行分隔';
const HISTORY = '历史数据，新发布的榜单留空';

/** A day as an Excel date cell holds it (ExcelJS writes a Date as its UTC day). */
const excelDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** `today` (YYYY-MM-DD) dates the sample deadline, 90 days on, so the sample stays plausible. */
export function columnGuides(kind: ImportKind, today: string): Record<string, ColumnGuide> {
  return kind === 'demands' ? demandGuides(today) : TALENT_GUIDES;
}

const demandGuides = (today: string): Record<string, ColumnGuide> => ({
  code: { format: '唯一且固定不变，如 JX-2026-001；再次导入同一编号会更新该需求', example: 'JX-2026-001', width: 16 },
  list: { format: '所属榜单的名称；留空时用导入时指定的榜单', example: '嘉兴市2026年企业关键技术需求榜单', width: 30 },
  title: { format: '不超过 100 个字', example: '高导热氮化铝陶瓷基板制备技术', width: 30, maxLength: 100 },
  organization: { format: '发榜企业的全称；系统中还没有的企业导入时自动建立', example: '嘉兴示例新材料有限公司', width: 26 },
  creditCode: { format: '18 位统一社会信用代码，校验位按 GB 32100-2015 核对', example: '91330402MA2B8X6K1R', width: 22, exactLength: 18 },
  region: { format: '省、市、区（县），如 浙江省嘉兴市南湖区', example: '浙江省嘉兴市南湖区', width: 22 },
  industry: { format: '一个产业领域，从下拉列表选择（也接受产业的别名）', example: '新材料', width: 18, choices: 'industries' },
  type: { format: '从下拉列表选择；留空为“技术攻关”', example: '技术攻关', width: 12, choices: labels(DEMAND_TYPE_LABELS) },
  description: { format: '要解决的技术问题及其背景', example: '现有氮化铝基板热导率偏低、翘曲大，需突破粉体提纯与低温烧结工艺。', width: 48 },
  indicators: { format: '可量化的技术指标', example: '热导率≥170 W/(m·K)；抗弯强度≥400 MPa', width: 30 },
  keywords: { format: LIST, example: '氮化铝；陶瓷基板；高导热', width: 24, several: true },
  budget: { format: '数字，单位万元（不写“万元”），不小于 0', example: 300, width: 16, cell: 'money' },
  deadline: { format: '日期，格式 yyyy-mm-dd（也接受 2026/3/1）', example: excelDay(addDays(today, 90)), width: 14, cell: 'date' },
  requirements: { format: '对揭榜方的资格或条件要求', example: '具备陶瓷粉体制备与烧结中试条件', width: 30 },
  publishedAt: { format: `发布日期，格式 yyyy-mm-dd；${HISTORY}`, example: '', width: 14, cell: 'date' },
  status: { format: `从下拉列表选择；${HISTORY}（导入后为“揭榜中”）`, example: '', width: 10, choices: labels(DEMAND_STATUS_LABELS) },
  winner: { format: `揭榜方的人才编号（请先导入人才库），${LIST}；${HISTORY}`, example: '', width: 14, several: true },
  takenAt: { format: `揭榜日期，格式 yyyy-mm-dd；${HISTORY}`, example: '', width: 14, cell: 'date' },
  contactName: { format: '企业联系人（保密：只有平台管理员和本企业可见）', example: '王工', width: 12, maxLength: 100 },
  contactPhone: { format: '联系电话或手机（保密：只有平台管理员和本企业可见）', example: '0573-82000000', width: 16, maxLength: 100 },
});

const TALENT_GUIDES: Record<string, ColumnGuide> = {
  code: { format: '唯一且固定不变，如 T-000123；再次导入同一编号会更新该人才', example: 'T-000123', width: 14 },
  name: { format: '姓名', example: '张明', width: 10 },
  title: { format: '职称，如 教授、研究员、高级工程师', example: '教授', width: 12 },
  level: { format: '从下拉列表选择；留空为“其他”', example: '国家级', width: 10, choices: labels(TALENT_LEVEL_LABELS) },
  institution: { format: '高校、科研院所或企业的全称', example: '浙江大学', width: 22 },
  institutionType: { format: '从下拉列表选择；留空时按单位名称推断', example: '高校', width: 14, choices: labels(INSTITUTION_TYPE_LABELS) },
  region: { format: '省、市、区（县），如 浙江省杭州市西湖区', example: '浙江省杭州市西湖区', width: 22 },
  industries: { format: `产业领域，可从下拉列表选择；${LIST}`, example: '新材料；集成电路', width: 22, choices: 'industries', several: true },
  fields: { format: `研究方向，${LIST}`, example: '宽禁带半导体；功率器件封装', width: 28, several: true },
  keywords: { format: LIST, example: '碳化硅；氮化镓；封装可靠性', width: 24, several: true },
  achievements: { format: '代表性论文、专利、项目', example: '主持国家重点研发计划项目 1 项，授权发明专利 12 项', width: 36 },
  bio: { format: '个人简介', example: '长期从事功率半导体器件研究。', width: 36 },
  remoteOk: { format: '是否愿意服务其他地区的需求（飞地）：是 / 否；留空为“否”', example: '是', width: 14, choices: ['是', '否'] },
};
