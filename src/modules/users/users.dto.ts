import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Paginated } from '../../common/pagination/paginated';
import { MAX_PASSWORD_LENGTH } from '../auth/password-rules';
import { OrganizationType } from '../organizations/organization.entity';
import { Role, User } from './user.entity';

/** Fields every new account has; register and createUser add the role rules. */
@InputType({ isAbstract: true })
export class AccountInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email must be an e-mail address', context: { zh: 'email 不是有效的电子邮箱地址' } })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: '10 to 128 characters of at least two kinds (letters, digits, symbols), not the e-mail' })
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @Field(() => String, { nullable: true, description: 'ENTERPRISE: the enterprise (an existing one is asked to be joined); RESEARCHER and EXPERT: 工作单位' })
  @IsOptional()
  @MinLength(2)
  @MaxLength(200)
  organizationName?: string;

  @Field(() => OrganizationType, { nullable: true, description: 'Type of a new 工作单位 (default UNIVERSITY)' })
  @IsOptional()
  @IsEnum(OrganizationType)
  organizationType?: OrganizationType;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 of the enterprise; with an existing one, the sign-up asks to join that enterprise' })
  @IsOptional()
  @Matches(/^[0-9A-Z]{18}$/, { message: 'creditCode must be 18 digits or capital letters', context: { zh: 'creditCode（统一社会信用代码）应为 18 位数字或大写字母' } })
  creditCode?: string;

  @Field(() => String, { nullable: true, description: '所在地区, e.g. 浙江省嘉兴市; required for researchers' })
  @IsOptional()
  @MinLength(2)
  @MaxLength(100)
  region?: string;
}

@InputType()
export class RegisterInput extends AccountInput {
  @Field(() => Role, { description: 'ENTERPRISE or RESEARCHER; admins and experts are created by an admin' })
  @IsEnum(Role)
  role: Role;
}

@InputType()
export class CreateUserInput extends AccountInput {
  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Attach to an existing organization instead of naming one' })
  @IsOptional()
  organizationId?: string;
}

@InputType({ description: 'Admin: which accounts to list.' })
export class UserFilterInput {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => Boolean, { nullable: true, description: 'true: only disabled accounts; false: only active ones' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the name or the e-mail' })
  @IsOptional()
  @MaxLength(100)
  keyword?: string;
}

@ObjectType()
export class UserPage extends Paginated(User) {}
