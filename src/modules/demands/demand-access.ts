import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Role } from '../users/user.entity';
import { DemandActor, PUBLIC_DEMAND_STATUSES } from './demand-lifecycle';
import { Demand } from './demand.entity';
import { text } from '../../common/i18n/text';

// The role matrix of domain.md for demands, as pure functions every demand service uses.

export const isOwner = (p: Principal | null, d: Demand) =>
  p?.role === Role.ENTERPRISE && p.organizationId !== null && p.organizationId === d.organizationId;

export function demandActors(p: Principal | null, d: Demand): DemandActor[] {
  if (p?.role === Role.ADMIN) return ['ADMIN'];
  return isOwner(p, d) ? ['OWNER'] : [];
}

/** Published demands (and all later statuses) are public; drafts only to their enterprise and admins. */
export function canReadDemand(p: Principal | null, d: Demand): boolean {
  return PUBLIC_DEMAND_STATUSES.includes(d.status) || p?.role === Role.ADMIN || isOwner(p, d);
}

/** NOT_FOUND where even the existence of the demand is private. */
export function assertReadable(p: Principal | null, d: Demand | null, key: string): Demand {
  if (!d || !canReadDemand(p, d)) throw DomainError.notFound('Demand', key);
  return d;
}

/** A conditional UPDATE that found the demand changed by someone else. */
export const changedMeanwhile = (d: Demand) =>
  DomainError.conflict(text(`需求 ${d.code} 刚刚已被他人修改，请重试`, `Demand ${d.code} was changed at the same time; try again`));

/** A deadline must lie after today (China date). */
export function assertFutureDeadline(deadline: string | undefined | null, today: string, field = 'deadline'): void {
  if (deadline && deadline <= today) throw DomainError.badInput(field, text(`应晚于今天（${today}），现为 ${deadline}`, `must be after today (${today}), got ${deadline}`));
}
