import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataImportModule } from '../data-import/data-import.module';
import { DemandList } from '../demand-lists/demand-list.entity';
import { DemandListsModule } from '../demand-lists/demand-lists.module';
import { Demand } from '../demands/demand.entity';
import { LedgerModule } from '../ledger/ledger.module';
import { UsersModule } from '../users/users.module';
import { SeedingService } from './seeding.service';

@Module({
  imports: [TypeOrmModule.forFeature([Demand, DemandList]), UsersModule, DemandListsModule, DataImportModule, LedgerModule],
  providers: [SeedingService],
  exports: [SeedingService],
})
export class SeedingModule {}
