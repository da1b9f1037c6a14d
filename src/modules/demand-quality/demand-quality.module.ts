import { Module } from '@nestjs/common';
import { DemandsModule } from '../demands/demands.module';
import { IndustriesModule } from '../industries/industries.module';
import { MatchingModule } from '../matching/matching.module';
import { DemandDraftResolver } from './demand-draft.resolver';
import { DemandDraftService } from './demand-draft.service';
import { DemandQualityResolver } from './demand-quality.resolver';
import { DemandQualityService } from './demand-quality.service';

@Module({
  imports: [DemandsModule, IndustriesModule, MatchingModule],
  providers: [DemandQualityService, DemandQualityResolver, DemandDraftService, DemandDraftResolver],
})
export class DemandQualityModule {}
