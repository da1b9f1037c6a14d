import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { Cost } from '../../common/graphql/cost.decorator';
import { Role } from '../users/user.entity';
import { DemandDraftCheck, DemandDraftInput } from './demand-draft.dto';
import { DemandDraftService } from './demand-draft.service';

@Resolver()
export class DemandDraftResolver {
  constructor(private readonly drafts: DemandDraftService) {}

  @Roles(Role.ENTERPRISE, Role.ADMIN)
  @Cost({ cost: 200 })
  @Query(() => DemandDraftCheck, { description: 'Quality hints and duplicate warnings for a demand being written, before it is saved.' })
  demandDraftCheck(@CurrentUser() p: Principal, @Args('input') input: DemandDraftInput): DemandDraftCheck {
    return this.drafts.check(p, input);
  }
}
