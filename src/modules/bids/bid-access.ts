import type { Principal } from '../../common/auth/principal';
import { Demand } from '../demands/demand.entity';
import { isOwner } from '../demands/demand-access';
import { Role } from '../users/user.entity';
import { BidActor } from './bid-lifecycle';
import { Bid } from './bid.entity';

// Bids are sealed: the bidder, the demand's enterprise and admins see a bid; so do the experts assigned
// to review the demand (checked by the reviews module, see BidsService.readable); nobody else.

export function bidActors(p: Principal | null, bid: Bid, demand: Demand): BidActor[] {
  const actors: BidActor[] = [];
  if (p?.role === Role.ADMIN) actors.push('ADMIN');
  if (isOwner(p, demand)) actors.push('OWNER');
  if (p?.role === Role.RESEARCHER && p.talentId === bid.talentId) actors.push('BIDDER');
  return actors;
}

export const canReadBid = (p: Principal | null, bid: Bid, demand: Demand) => bidActors(p, bid, demand).length > 0;
