import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerEntry } from './ledger-entry.entity';
import { BidHistoryResolver, DemandHistoryResolver } from './history.resolver';
import { LedgerResolver } from './ledger.resolver';
import { LedgerService } from './ledger.service';

@Module({
  imports: [TypeOrmModule.forFeature([LedgerEntry])],
  providers: [LedgerService, LedgerResolver, DemandHistoryResolver, BidHistoryResolver],
  exports: [LedgerService],
})
export class LedgerModule {}
