import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Roles } from '../../common/auth/roles.decorator';
import { JoinRequest } from '../memberships/join-request.entity';
import { User } from '../users/user.entity';
import { RegisterInput } from '../users/users.dto';
import { AuthService } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token: send as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => User)
  user: User;

  @Field(() => JoinRequest, { nullable: true, description: 'When the sign-up named an existing enterprise: the request to join it (the account belongs to no organization until it is approved)' })
  joinRequest?: JoinRequest | null;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, { description: 'Self-service sign-up as an ENTERPRISE user or a RESEARCHER. Naming an existing enterprise (or its credit code) makes a join request, not a member.' })
  register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return this.auth.register(input);
  }

  @Mutation(() => AuthPayload)
  login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    return this.auth.login(email, password);
  }

  @Roles()
  @Mutation(() => AuthPayload, { description: 'Change one’s password; every earlier token stops working, so use the one returned.' })
  changePassword(
    @CurrentUser() principal: Principal,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword', { description: 'At least 10 characters of at least two kinds (letters, digits, symbols), not the e-mail' }) newPassword: string,
  ): Promise<AuthPayload> {
    return this.auth.changePassword(principal, currentPassword, newPassword);
  }
}
