import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { groupBy, RequestLoaders } from '../../common/dataloader/request-loaders';
import { BidStatus } from '../bids/bid-lifecycle';
import { Bid } from '../bids/bid.entity';
import { ReviewAssignment } from '../reviews/review-assignment.entity';
import { Role } from '../users/user.entity';
import { isOwner } from './demand-access';
import { Demand } from './demand.entity';

const AWARDED_TALENTS = Symbol('awardedTalentsByDemand');
const REVIEWERS = Symbol('reviewersByDemand');

/**
 * Who may read a demand's confidential fields (contact, confidential indicators, and whatever is
 * derived from them, such as match terms): its own enterprise, admins, the experts assigned to
 * review it, and a researcher once awarded it. Batched through the request's loaders.
 */
export async function mayReadConfidential(
  dataSource: DataSource,
  p: Principal | null,
  d: Demand,
  loaders: RequestLoaders = new RequestLoaders(dataSource),
): Promise<boolean> {
  if (!p) return false;
  if (p.role === Role.ADMIN || isOwner(p, d)) return true;
  if (p.role === Role.EXPERT) {
    const panel = await loaders
      .get(REVIEWERS, async (ids: readonly string[]) => {
        const rows = await dataSource.getRepository(ReviewAssignment).findBy({ demandId: In([...ids]) });
        return groupBy(ids, rows, (r) => r.demandId).map((group) => group.map((r) => r.expertId));
      })
      .load(d.id);
    return panel.includes(p.userId);
  }
  if (p.role !== Role.RESEARCHER || !p.talentId) return false;
  const awarded = await loaders
    .get(AWARDED_TALENTS, async (ids: readonly string[]) => {
      const bids = await dataSource.getRepository(Bid).findBy({ demandId: In([...ids]), status: BidStatus.AWARDED });
      return groupBy(ids, bids, (b) => b.demandId).map((group) => group.map((b) => b.talentId));
    })
    .load(d.id);
  return awarded.includes(p.talentId);
}
