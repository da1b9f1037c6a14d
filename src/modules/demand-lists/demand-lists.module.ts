import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemandList } from './demand-list.entity';
import { DemandListsResolver } from './demand-lists.resolver';
import { DemandListsService } from './demand-lists.service';

@Module({
  imports: [TypeOrmModule.forFeature([DemandList])],
  providers: [DemandListsService, DemandListsResolver],
  exports: [DemandListsService],
})
export class DemandListsModule {}
