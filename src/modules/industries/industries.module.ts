import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Industry } from './industry.entity';
import { IndustriesResolver } from './industries.resolver';
import { IndustriesService } from './industries.service';

@Module({
  imports: [TypeOrmModule.forFeature([Industry])],
  providers: [IndustriesService, IndustriesResolver],
  exports: [IndustriesService],
})
export class IndustriesModule {}
