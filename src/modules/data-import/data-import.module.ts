import { Module } from '@nestjs/common';
import { IndustriesModule } from '../industries/industries.module';
import { LedgerModule } from '../ledger/ledger.module';
import { MatchingModule } from '../matching/matching.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { DataImportResolver } from './data-import.resolver';
import { DemandImportService } from './demand-import.service';
import { TalentImportService } from './talent-import.service';
import { TaxonomyImportResolver } from './taxonomy-import.resolver';
import { TaxonomyImportService } from './taxonomy-import.service';

@Module({
  imports: [IndustriesModule, LedgerModule, OrganizationsModule, MatchingModule],
  providers: [DemandImportService, TalentImportService, DataImportResolver, TaxonomyImportService, TaxonomyImportResolver],
  exports: [DemandImportService, TalentImportService, TaxonomyImportService],
})
export class DataImportModule {}
