import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndustriesModule } from '../industries/industries.module';
import { LedgerModule } from '../ledger/ledger.module';
import { Demand } from './demand.entity';
import { DemandTransitionsService } from './demand-transitions.service';
import { DemandsResolver } from './demands.resolver';
import { DemandsService } from './demands.service';

@Module({
  imports: [TypeOrmModule.forFeature([Demand]), IndustriesModule, LedgerModule],
  providers: [DemandsService, DemandTransitionsService, DemandsResolver],
  exports: [DemandsService, DemandTransitionsService],
})
export class DemandsModule {}
