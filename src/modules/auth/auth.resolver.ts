import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { User } from '../users/user.entity';
import { RegisterInput } from '../users/users.dto';
import { AuthService } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'Bearer token: send as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => User)
  user: User;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, { description: 'Self-service sign-up as an ENTERPRISE user or a RESEARCHER.' })
  register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return this.auth.register(input);
  }

  @Mutation(() => AuthPayload)
  login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayload> {
    return this.auth.login(email, password);
  }
}
