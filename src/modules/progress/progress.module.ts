import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemandsModule } from '../demands/demands.module';
import { LedgerModule } from '../ledger/ledger.module';
import { Milestone } from './milestone.entity';
import { ProgressReport } from './progress-report.entity';
import { DemandMilestonesResolver, ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

@Module({
  imports: [TypeOrmModule.forFeature([Milestone, ProgressReport]), DemandsModule, LedgerModule],
  providers: [ProgressService, ProgressResolver, DemandMilestonesResolver],
  exports: [ProgressService],
})
export class ProgressModule {}
