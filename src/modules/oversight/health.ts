import type { TimeLimits } from '../../config/app-config';
import { addDays, chinaDay } from '../../common/time/china-dates';
import { DemandStatus } from '../demands/demand-lifecycle';
import type { Demand } from '../demands/demand.entity';
import { MilestoneStatus } from '../progress/milestone-lifecycle';
import type { Milestone } from '../progress/milestone.entity';

export enum HealthColour {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

/** A stage with a time limit: what is due, by when, and whether it is late. */
export interface DueItem {
  stage: 'REVIEW' | 'DECISION' | 'CONTRACT' | 'MILESTONE';
  dueOn: string;
  overdue: boolean;
  /** The milestone concerned, for MILESTONE items. */
  milestoneId?: string;
  message: string;
}

/**
 * What a demand owes the programme now, from its stage time limits: a submission awaits review, a
 * closed call awaits the enterprise's decision, an award awaits its contract, milestones await
 * delivery. RED when anything is overdue, YELLOW when something is due within the reminder window.
 */
export function dueItems(d: Demand, milestones: Milestone[], limits: TimeLimits, today: string): DueItem[] {
  const items: DueItem[] = [];
  const add = (stage: DueItem['stage'], dueOn: string, message: string, milestoneId?: string) =>
    items.push({ stage, dueOn, overdue: today > dueOn, message, ...(milestoneId ? { milestoneId } : {}) });
  if (d.status === DemandStatus.SUBMITTED) {
    add('REVIEW', addDays(chinaDay(d.submittedAt ?? d.createdAt), limits.reviewDays), `审核：提交后 ${limits.reviewDays} 天内完成`);
  }
  if (d.status === DemandStatus.PUBLISHED && d.deadline && d.deadline < today) {
    add('DECISION', addDays(d.deadline, limits.decisionDays), `揭榜截止后 ${limits.decisionDays} 天内确定揭榜方`);
  }
  if (d.status === DemandStatus.TAKEN && d.takenAt) {
    add('CONTRACT', addDays(chinaDay(d.takenAt), limits.startDays), `揭榜后 ${limits.startDays} 天内签约启动攻关`);
  }
  if (d.status === DemandStatus.TAKEN || d.status === DemandStatus.IN_PROGRESS) {
    for (const m of milestones) {
      if (m.status === MilestoneStatus.CONFIRMED || m.status === MilestoneStatus.REPORTED) continue;
      add('MILESTONE', m.dueDate, `里程碑 ${m.seq}「${m.title}」`, m.id);
    }
  }
  return items;
}

export function healthColour(items: DueItem[], limits: TimeLimits, today: string): HealthColour {
  if (items.some((i) => i.overdue)) return HealthColour.RED;
  if (items.some((i) => i.dueOn <= addDays(today, limits.reminderDays))) return HealthColour.YELLOW;
  return HealthColour.GREEN;
}
