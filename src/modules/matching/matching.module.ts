import { Module } from '@nestjs/common';
import { IndustriesModule } from '../industries/industries.module';
import { MatchingIndexService } from './index/matching-index.service';
import { DemandDuplicatesResolver, DemandOutlookResolver, MatchingResolver } from './matching.resolver';
import { MatchOutlookService } from './match-outlook.service';
import { MatchingService } from './matching.service';
import { SearchService } from './search.service';
import { SimilarDemandsService } from './similar-demands.service';

@Module({
  imports: [IndustriesModule],
  providers: [MatchingIndexService, MatchingService, MatchOutlookService, SimilarDemandsService, SearchService, MatchingResolver, DemandDuplicatesResolver, DemandOutlookResolver],
  exports: [MatchingIndexService, MatchingService, SimilarDemandsService],
})
export class MatchingModule {}
