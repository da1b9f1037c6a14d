import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerModule } from '../ledger/ledger.module';
import { JoinRequest } from './join-request.entity';
import { MembershipsResolver } from './memberships.resolver';
import { MembershipsService } from './memberships.service';

@Module({
  imports: [TypeOrmModule.forFeature([JoinRequest]), LedgerModule],
  providers: [MembershipsService, MembershipsResolver],
  exports: [MembershipsService],
})
export class MembershipsModule {}
