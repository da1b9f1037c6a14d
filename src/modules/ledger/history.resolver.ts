import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders } from '../../common/auth/current-user.decorator';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { Bid } from '../bids/bid.entity';
import { Demand } from '../demands/demand.entity';
import { LedgerEntityType, LedgerEntry } from './ledger-entry.entity';
import { LedgerService } from './ledger.service';

// A demand's or a bid's own ledger entries; whoever may read the parent may read its history.

@Resolver(() => Demand)
export class DemandHistoryResolver {
  constructor(private readonly ledger: LedgerService) {}

  @ResolveField(() => [LedgerEntry], { description: 'Every status change and edit of the demand, oldest first.' })
  history(@Parent() d: Demand, @Loaders() loaders: RequestLoaders): Promise<LedgerEntry[]> {
    return loaders.get(DemandHistoryResolver, (ids: readonly string[]) => this.ledger.historiesOf(LedgerEntityType.DEMAND, ids)).load(d.id);
  }
}

@Resolver(() => Bid)
export class BidHistoryResolver {
  constructor(private readonly ledger: LedgerService) {}

  @ResolveField(() => [LedgerEntry], { description: 'Every status change of the bid, oldest first.' })
  history(@Parent() b: Bid, @Loaders() loaders: RequestLoaders): Promise<LedgerEntry[]> {
    return loaders.get(BidHistoryResolver, (ids: readonly string[]) => this.ledger.historiesOf(LedgerEntityType.BID, ids)).load(b.id);
  }
}
