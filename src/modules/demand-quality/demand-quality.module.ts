import { Module } from '@nestjs/common';
import { DemandsModule } from '../demands/demands.module';
import { IndustriesModule } from '../industries/industries.module';
import { DemandQualityResolver } from './demand-quality.resolver';
import { DemandQualityService } from './demand-quality.service';

@Module({
  imports: [DemandsModule, IndustriesModule],
  providers: [DemandQualityService, DemandQualityResolver],
})
export class DemandQualityModule {}
