import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Talent } from './talent.entity';
import { TalentsResolver } from './talents.resolver';
import { TalentsService } from './talents.service';

@Module({
  imports: [TypeOrmModule.forFeature([Talent])],
  providers: [TalentsService, TalentsResolver],
  exports: [TalentsService],
})
export class TalentsModule {}
