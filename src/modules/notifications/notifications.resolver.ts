import { Args, Context, ID, Int, Mutation, ObjectType, Field, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import type { RequestContext } from '../../common/auth/request-context';
import { Roles } from '../../common/auth/roles.decorator';
import { DomainError } from '../../common/errors/domain-error';
import { PageInput, toPage } from '../../common/pagination/page';
import { Paginated } from '../../common/pagination/paginated';
import { canReadDemand } from '../demands/demand-access';
import { Demand } from '../demands/demand.entity';
import { DemandsService } from '../demands/demands.service';
import { AlertMode, User } from '../users/user.entity';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { SubscriptionBus, TOPICS } from './pub-sub';

@ObjectType()
export class NotificationPage extends Paginated(Notification) {
  @Field(() => Int)
  unreadCount: number;
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly demands: DemandsService,
    private readonly bus: SubscriptionBus,
  ) {}

  @Roles()
  @Query(() => NotificationPage, { description: 'The caller’s inbox, newest first.' })
  notifications(
    @CurrentUser() p: Principal,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<NotificationPage> {
    return this.inbox.inbox(p, unreadOnly, toPage(page));
  }

  @Roles()
  @Mutation(() => Int, { description: 'Marks the given notifications (or all) read; returns how many changed.' })
  markNotificationsRead(@CurrentUser() p: Principal, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[]): Promise<number> {
    return this.inbox.markRead(p, ids);
  }

  @Roles()
  @Mutation(() => User, { description: 'How to hear of newly published demands that fit you: INSTANT, WEEKLY_DIGEST or MUTED.' })
  setAlertMode(@CurrentUser() p: Principal, @Args('alerts', { type: () => AlertMode }) alerts: AlertMode): Promise<User> {
    return this.inbox.setAlerts(p, alerts);
  }

  @Roles()
  @Subscription(() => Notification, {
    description: 'The caller’s new notifications as they arrive (graphql-ws; connectionParams { authorization: "Bearer <token>" }).',
    filter: (payload: { myNotifications: Notification }, _vars: unknown, ctx: RequestContext) => payload.myNotifications.userId === ctx.principal?.userId,
  })
  myNotifications() {
    return this.bus.iterator(TOPICS.notification);
  }

  @Subscription(() => Demand, {
    description: 'Every committed change of one demand the caller may read.',
    filter: (payload: { demandUpdated: Demand }, vars: { id: string }) => payload.demandUpdated.id === vars.id,
  })
  async demandUpdated(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    if (ctx.authError) throw DomainError.unauthenticated(ctx.authError);
    const demand = await this.demands.getVisible(ctx.principal, { id });
    if (!canReadDemand(ctx.principal, demand)) throw DomainError.notFound('Demand', id);
    return this.bus.iterator(TOPICS.demand);
  }
}
