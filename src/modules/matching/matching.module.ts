import { Module } from '@nestjs/common';
import { IndustriesModule } from '../industries/industries.module';
import { MatchingIndexService } from './index/matching-index.service';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({
  imports: [IndustriesModule],
  providers: [MatchingIndexService, MatchingService, MatchingResolver],
  exports: [MatchingIndexService, MatchingService],
})
export class MatchingModule {}
