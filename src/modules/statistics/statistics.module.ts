import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BidsModule } from '../bids/bids.module';
import { IndustriesModule } from '../industries/industries.module';
import { MatchingModule } from '../matching/matching.module';
import { OversightModule } from '../oversight/oversight.module';
import { StatisticsController } from './statistics.controller';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [AuthModule, BidsModule, IndustriesModule, MatchingModule, OversightModule],
  controllers: [StatisticsController],
  providers: [StatisticsService, StatisticsResolver],
})
export class StatisticsModule {}
