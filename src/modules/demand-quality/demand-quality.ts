import type { Demand } from '../demands/demand.entity';
import type { Industry } from '../industries/industry.entity';

/** Below this score `submitDemand` warns (it does not block): a reviewer would likely send it back. */
export const QUALITY_THRESHOLD = 60;

/** What each check is worth (sums to 100). Measurable indicators weigh most: unclear targets are why lists fail. */
export const QUALITY_POINTS = { indicators: 30, description: 20, keywords: 15, budget: 15, deadline: 10, industry: 10 };

/** Description length (characters) that states the situation, the bottleneck and what was tried. */
export const SPECIFIC_DESCRIPTION_CHARS = 150;

// A number followed by a unit or a percentage: 98%, 3.0W/(m·K), 8000mPa·s, 1×10^14Ω·cm, 500次, 2GWh.
const MEASURABLE = /\d+(?:\.\d+)?(?:\s*[×x*]\s*10\^?-?\d+)?\s*(?:%|‰|℃|°c|[a-zμΩ][a-zA-Z0-9μΩ·/()^²³]*|吨|万|亿|元|小时|分钟|秒|天|个月|年|次|倍|件|台|套|个|米|克|升|级)/gi;

export interface QualityHint {
  field: string;
  code: string;
  message: string;
}

export interface QualityAssessment {
  score: number;
  passed: boolean;
  hints: QualityHint[];
}

/** Scores a demand's clarity (0–100) and lists what to add, as a reviewer would ask for it. */
export function assessDemand(d: Pick<Demand, 'description' | 'indicators' | 'keywords' | 'budget' | 'deadline'>, industry: Industry | undefined, today: string): QualityAssessment {
  const hints: QualityHint[] = [];
  let score = 0;
  const measurable = (d.indicators ?? '').match(MEASURABLE) ?? [];
  if (measurable.length >= 2) score += QUALITY_POINTS.indicators;
  else {
    score += measurable.length ? QUALITY_POINTS.indicators / 2 : 0;
    hints.push({
      field: 'indicators',
      code: 'INDICATORS_NOT_MEASURABLE',
      message: `技术指标中可量化的数值只有 ${measurable.length} 项：请写出带单位的目标值（如“良率≥98%”“导热系数≥3.0W/(m·K)”），至少 2 项`,
    });
  }
  const length = [...d.description.trim()].length;
  const hasFigures = /\d/.test(d.description);
  if (length >= SPECIFIC_DESCRIPTION_CHARS && hasFigures) score += QUALITY_POINTS.description;
  else {
    score += length >= SPECIFIC_DESCRIPTION_CHARS || hasFigures ? QUALITY_POINTS.description / 2 : 0;
    hints.push({
      field: 'description',
      code: 'DESCRIPTION_TOO_VAGUE',
      message:
        length < SPECIFIC_DESCRIPTION_CHARS
          ? `需求描述只有 ${length} 字：请写明现状、瓶颈、已尝试的方案和期望的成果（建议不少于 ${SPECIFIC_DESCRIPTION_CHARS} 字）`
          : '需求描述没有任何数据：请写明现有水平（如当前良率、产能、成本）以便揭榜方判断差距',
    });
  }
  if (d.keywords.length >= 3) score += QUALITY_POINTS.keywords;
  else {
    score += d.keywords.length ? QUALITY_POINTS.keywords / 2 : 0;
    hints.push({ field: 'keywords', code: 'FEW_KEYWORDS', message: `关键词只有 ${d.keywords.length} 个：请给出 3 个以上技术关键词，便于匹配专家` });
  }
  if (d.budget && d.budget > 0) score += QUALITY_POINTS.budget;
  else hints.push({ field: 'budget', code: 'BUDGET_MISSING', message: '未填写拟投入资金：揭榜方需要据此评估方案规模' });
  if (d.deadline && d.deadline > today) score += QUALITY_POINTS.deadline;
  else hints.push({ field: 'deadline', code: 'DEADLINE_MISSING', message: d.deadline ? `揭榜截止日期 ${d.deadline} 已过` : '未填写揭榜截止日期' });
  if (industry?.parentId) score += QUALITY_POINTS.industry;
  else {
    score += industry ? QUALITY_POINTS.industry / 2 : 0;
    // No industry at all happens only to a draft being written (a saved demand always has one).
    const what = industry ? `产业领域“${industry.name}”只到门类` : '尚未选择产业领域';
    hints.push({ field: 'industry', code: 'INDUSTRY_TOO_BROAD', message: `${what}：请选到具体领域或产业链，便于分派评审专家` });
  }
  return { score: Math.round(score), passed: score >= QUALITY_THRESHOLD, hints };
}
