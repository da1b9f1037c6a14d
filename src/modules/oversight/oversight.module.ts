import { Module } from '@nestjs/common';
import { DemandsModule } from '../demands/demands.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProgressModule } from '../progress/progress.module';
import { DeadlineJobService } from './deadline-job.service';
import { OversightResolver } from './oversight.resolver';
import { OversightService } from './oversight.service';

@Module({
  imports: [DemandsModule, ProgressModule, NotificationsModule],
  providers: [OversightService, DeadlineJobService, OversightResolver],
  exports: [OversightService],
})
export class OversightModule {}
