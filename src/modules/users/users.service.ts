import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { DomainError } from '../../common/errors/domain-error';
import { creditCodeProblem } from '../../common/validation/credit-code';
import { Clock } from '../../common/time/clock';
import { PasswordHasher } from '../auth/password-hasher';
import { assertStrongPassword } from '../auth/password-policy';
import { Organization, OrganizationType } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { TalentsService } from '../talents/talents.service';
import { CreateUserInput } from './users.dto';
import { Role, User } from './user.entity';

export const toPrincipal = (u: User): Principal => ({
  userId: u.id,
  role: u.role,
  organizationId: u.organizationId,
  talentId: u.talentId,
});

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly repo: Repository<User>,
    private readonly organizations: OrganizationsService,
    private readonly talents: TalentsService,
    private readonly transactions: Transactions,
    private readonly events: DomainEvents,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  findById(id: string): Promise<User | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo.findOneBy({ email: email.trim().toLowerCase() });
  }

  existsWithRole(role: Role): Promise<boolean> {
    return this.repo.existsBy({ role });
  }

  /**
   * Creates an account with what its role needs, in one transaction: an enterprise user joins or
   * creates its organization, a researcher gets a talent profile, an expert may name an institution.
   * `passwordHash` is a hash of input.password made once for many accounts (the seed's demo accounts).
   */
  async createAccount(input: Omit<CreateUserInput, 'role'> & { role: Role }, passwordHash?: string): Promise<User> {
    const email = input.email.trim().toLowerCase();
    assertStrongPassword('password', input.password, email);
    if (input.creditCode) {
      const problem = creditCodeProblem(input.creditCode);
      if (problem) throw DomainError.badInput('creditCode', problem);
    }
    passwordHash ??= await this.hasher.hash(input.password);
    const user = await this.transactions.run(async (em) => {
      if (await em.getRepository(User).existsBy({ email })) {
        throw DomainError.conflict(`An account with e-mail ${email} already exists`, { field: 'email' });
      }
      const organization = await this.organizationFor(em, input);
      const talent =
        input.role === Role.RESEARCHER
          ? await this.talents.create(
              em,
              {
                name: input.name,
                institution: organization?.name ?? '',
                institutionType: organization?.type ?? null,
                region: input.region ?? '',
                contactEmail: email,
              },
              organization?.id ?? null,
            )
          : null;
      const repo = em.getRepository(User);
      return repo.save(
        repo.create({
          email,
          passwordHash,
          tokenVersion: 0,
          disabledAt: null,
          name: input.name.trim(),
          role: input.role,
          // Only enterprise members act for their organization; a researcher's is their 工作单位 via the talent.
          organizationId: input.role === Role.RESEARCHER ? null : (organization?.id ?? null),
          talentId: talent?.id ?? null,
        }),
      );
    });
    if (user.talentId) await this.events.emit({ type: 'talents.changed', ids: [user.talentId] });
    return user;
  }

  /** A new password: the tokens issued so far stop working. Refused if the password changed meanwhile. */
  async changePasswordHash(user: User, passwordHash: string): Promise<User> {
    const changes = { passwordHash, tokenVersion: user.tokenVersion + 1, updatedAt: this.clock.now() };
    const result = await this.repo
      .createQueryBuilder()
      .update(User)
      .set(changes)
      .where('id = :id AND token_version = :version', { id: user.id, version: user.tokenVersion })
      .execute();
    if (!result.affected) throw DomainError.conflict('The password was changed at the same time; sign in again');
    return Object.assign(user, changes);
  }

  /** The same password hashed at today's cost; skipped if the password changed meanwhile. */
  async rehash(user: User, passwordHash: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(User)
      .set({ passwordHash })
      .where('id = :id AND password_hash = :old', { id: user.id, old: user.passwordHash })
      .execute();
    user.passwordHash = passwordHash;
  }

  /** Admin: disabling refuses the user's sign-ins and revokes their tokens; enabling lets them sign in again. */
  async setDisabled(admin: Principal, id: string, disabled: boolean): Promise<User> {
    if (id === admin.userId) throw DomainError.badInput('id', '不能停用或启用自己的账户');
    const user = await this.repo.findOneBy({ id });
    if (!user) throw DomainError.notFound('User', id);
    if (!!user.disabledAt === disabled) return user;
    const now = this.clock.now();
    const changes = { disabledAt: disabled ? now : null, updatedAt: now };
    // Raised in SQL, so a password change at the same moment cannot leave one version for two token sets.
    await this.repo.createQueryBuilder().update(User).set({ ...changes, tokenVersion: () => 'token_version + 1' }).where('id = :id', { id }).execute();
    return Object.assign(user, changes, { tokenVersion: user.tokenVersion + 1 });
  }

  private async organizationFor(
    em: EntityManager,
    input: Omit<CreateUserInput, 'role'> & { role: Role },
  ): Promise<Organization | null> {
    if (input.organizationId) {
      const org = await em.getRepository(Organization).findOneBy({ id: input.organizationId });
      if (!org) throw DomainError.badInput('organizationId', `no organization ${input.organizationId}`);
      return org;
    }
    const needsOrganization = input.role === Role.ENTERPRISE || input.role === Role.RESEARCHER;
    if (!input.organizationName) {
      if (needsOrganization) throw DomainError.badInput('organizationName', `is required for ${input.role} accounts`);
      return null;
    }
    if (input.role === Role.RESEARCHER && !input.region) {
      throw DomainError.badInput('region', 'is required for researchers (所在地区)');
    }
    const name = input.organizationName.trim();
    const existing = await em.getRepository(Organization).findOneBy({ name });
    if (existing && input.role === Role.ENTERPRISE) {
      if (existing.type !== OrganizationType.ENTERPRISE) {
        throw DomainError.badInput('organizationName', `${name} is not an enterprise`);
      }
      // Joining an enterprise acts for it: ask for its credit code when one is on record.
      if (existing.creditCode && existing.creditCode !== input.creditCode) {
        throw DomainError.forbidden(`To join ${name}, give its 统一社会信用代码 (creditCode)`);
      }
      return existing;
    }
    return this.organizations.findOrCreate(em, {
      name,
      type: input.role === Role.ENTERPRISE ? OrganizationType.ENTERPRISE : (input.organizationType ?? OrganizationType.UNIVERSITY),
      region: input.region,
      creditCode: input.creditCode,
    });
  }
}
