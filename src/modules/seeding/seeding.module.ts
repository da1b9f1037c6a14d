import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BidsModule } from '../bids/bids.module';
import { DemandListsModule } from '../demand-lists/demand-lists.module';
import { Demand } from '../demands/demand.entity';
import { DemandsModule } from '../demands/demands.module';
import { UsersModule } from '../users/users.module';
import { SeedingService } from './seeding.service';

@Module({
  imports: [TypeOrmModule.forFeature([Demand]), UsersModule, DemandListsModule, DemandsModule, BidsModule],
  providers: [SeedingService],
  exports: [SeedingService],
})
export class SeedingModule {}
