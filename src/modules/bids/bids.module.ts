import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemandsModule } from '../demands/demands.module';
import { LedgerModule } from '../ledger/ledger.module';
import { Bid } from './bid.entity';
import { BidsResolver, DemandBidsResolver } from './bids.resolver';
import { BidsService } from './bids.service';

@Module({
  imports: [TypeOrmModule.forFeature([Bid]), DemandsModule, LedgerModule],
  providers: [BidsService, BidsResolver, DemandBidsResolver],
  exports: [BidsService],
})
export class BidsModule {}
