import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerModule } from '../ledger/ledger.module';
import { Industry } from './industry.entity';
import { IndustriesResolver } from './industries.resolver';
import { IndustriesService } from './industries.service';
import { TaxonomyService } from './taxonomy.service';

@Module({
  imports: [TypeOrmModule.forFeature([Industry]), LedgerModule],
  providers: [IndustriesService, TaxonomyService, IndustriesResolver],
  exports: [IndustriesService, TaxonomyService],
})
export class IndustriesModule {}
