import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DemandsModule } from '../demands/demands.module';
import { MatchingModule } from '../matching/matching.module';
import { ClusterEvents } from './cluster-events';
import { Notification } from './notification.entity';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { SubscriptionBus } from './pub-sub';

@Module({
  imports: [TypeOrmModule.forFeature([Notification]), DemandsModule, MatchingModule],
  providers: [SubscriptionBus, ClusterEvents, NotificationsService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
