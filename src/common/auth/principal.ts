import { Role } from '../../modules/users/user.entity';

/** The signed-in caller, as every service sees it. */
export interface Principal {
  userId: string;
  role: Role;
  organizationId: string | null;
  talentId: string | null;
}
