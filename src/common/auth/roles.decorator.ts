import { SetMetadata } from '@nestjs/common';
import { Role } from '../../modules/users/user.entity';

export const ROLES_KEY = 'jiebang:roles';

/** Requires a signed-in caller with one of these roles (none listed: any signed-in caller). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
