import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
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
}
