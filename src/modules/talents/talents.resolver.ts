import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { DomainError } from '../../common/errors/domain-error';
import { PageInput, toPage } from '../../common/pagination/page';
import { Role } from '../users/user.entity';
import { Talent } from './talent.entity';
import { TalentFilterInput, TalentPage, UpdateTalentInput } from './talents.dto';
import { TalentsService } from './talents.service';
import { text } from '../../common/i18n/text';

const mayReadPrivate = (talent: Talent, principal: Principal | null) =>
  principal?.role === Role.ADMIN || principal?.talentId === talent.id;

@Resolver(() => Talent)
export class TalentsResolver {
  constructor(private readonly talentsService: TalentsService) {}

  @Query(() => TalentPage, { description: 'Talent profiles (public fields).' })
  async talents(
    @Args('filter', { nullable: true }) filter?: TalentFilterInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<TalentPage> {
    const [items, totalCount] = await this.talentsService.list(filter ?? {}, toPage(page));
    return { items, totalCount };
  }

  @Query(() => Talent, { description: 'One talent, by id or by 人才编号.' })
  talent(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('code', { nullable: true }) code?: string,
  ): Promise<Talent> {
    if (id) return this.talentsService.get(id);
    if (code) return this.talentsService.getByCode(code);
    throw DomainError.badInput('id', text('请提供人才的 id 或编号（code）', 'give the id or the code of the talent'));
  }

  @Roles(Role.RESEARCHER, Role.ADMIN)
  @Mutation(() => Talent, { description: 'A researcher edits their own profile; an admin any.' })
  updateTalent(
    @CurrentUser() actor: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTalentInput,
  ): Promise<Talent> {
    return this.talentsService.update(actor, id, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'Private: the person and admins only.' })
  contactEmail(@Parent() talent: Talent, @CurrentUser() principal: Principal | null): string | null {
    return mayReadPrivate(talent, principal) ? talent.contactEmail : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Private: the person and admins only.' })
  contactPhone(@Parent() talent: Talent, @CurrentUser() principal: Principal | null): string | null {
    return mayReadPrivate(talent, principal) ? talent.contactPhone : null;
  }
}
