import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IndustriesModule } from '../industries/industries.module';
import { DataExportController } from './data-export.controller';
import { DataExportService } from './data-export.service';

@Module({
  imports: [IndustriesModule, AuthModule],
  controllers: [DataExportController],
  providers: [DataExportService],
  exports: [DataExportService],
})
export class DataExportModule {}
