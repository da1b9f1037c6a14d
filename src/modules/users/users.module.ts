import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipsModule } from '../memberships/memberships.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { TalentsModule } from '../talents/talents.module';
import { PasswordHasher } from '../auth/password-hasher';
import { User } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User]), OrganizationsModule, TalentsModule, MembershipsModule],
  // The hasher lives with the accounts it hashes for; AuthModule reaches it through this module.
  providers: [UsersService, UsersResolver, PasswordHasher],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
