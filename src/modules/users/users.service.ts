import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { DomainError } from '../../common/errors/domain-error';
import { creditCodeProblem } from '../../common/validation/credit-code';
import { Clock } from '../../common/time/clock';
import type { Page } from '../../common/pagination/page';
import { escapeLike } from '../../database/like';
import { PasswordHasher } from '../auth/password-hasher';
import { assertStrongPassword } from '../auth/password-policy';
import { JoinRequest } from '../memberships/join-request.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { Organization, OrganizationType } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { TalentsService } from '../talents/talents.service';
import { CreateUserInput, UserFilterInput } from './users.dto';
import { MemberRole, Role, ROLE_CN, User } from './user.entity';
import { text } from '../../common/i18n/text';

type AccountSpec = Omit<CreateUserInput, 'role'> & { role: Role };

/** Where a new account stands: its organization, or the enterprise it asks to join, and its member role. */
interface Placement {
  organization: Organization | null;
  joins?: Organization;
  organizationRole: MemberRole | null;
}

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
    private readonly memberships: MembershipsService,
  ) {}

  findById(id: string): Promise<User | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo.findOneBy({ email: email.trim().toLowerCase() });
  }

  /** Admin's list of accounts, newest first. E-mails are stored in lower case, so the keyword is matched so too. */
  list(filter: UserFilterInput, page: Page): Promise<[User[], number]> {
    const qb = this.repo.createQueryBuilder('u').orderBy('u.createdAt', 'DESC').addOrderBy('u.id', 'ASC').take(page.limit).skip(page.offset);
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.disabled !== undefined) qb.andWhere(filter.disabled ? 'u.disabled_at IS NOT NULL' : 'u.disabled_at IS NULL');
    const keyword = filter.keyword?.trim();
    if (keyword) {
      qb.andWhere("(u.name LIKE :name ESCAPE '\\' OR u.email LIKE :email ESCAPE '\\')", {
        name: `%${escapeLike(keyword)}%`,
        email: `%${escapeLike(keyword.toLowerCase())}%`,
      });
    }
    return qb.getManyAndCount();
  }

  existsWithRole(role: Role): Promise<boolean> {
    return this.repo.existsBy({ role });
  }

  /**
   * An account made by an admin (or the seed): an existing enterprise it names is joined at once, the admin grants it.
   * `passwordHash` is a hash of input.password made once for many accounts (the seed's demo accounts).
   */
  async createAccount(input: AccountSpec, passwordHash?: string): Promise<User> {
    return (await this.open(input, true, passwordHash)).user;
  }

  /**
   * Self-service sign-up. An enterprise user naming a new organization creates it and becomes its
   * admin member; naming an existing one (by name or credit code) only asks to join it.
   */
  signUp(input: AccountSpec): Promise<{ user: User; joinRequest: JoinRequest | null }> {
    return this.open(input, false);
  }

  /**
   * Creates an account with what its role needs, in one transaction: an enterprise user's
   * organization (or join request), a researcher's talent profile, an expert's institution.
   */
  private async open(input: AccountSpec, granted: boolean, passwordHash?: string): Promise<{ user: User; joinRequest: JoinRequest | null }> {
    const email = input.email.trim().toLowerCase();
    assertStrongPassword('password', input.password, email);
    if (input.creditCode) {
      const problem = creditCodeProblem(input.creditCode);
      if (problem) throw DomainError.badInput('creditCode', problem);
    }
    passwordHash ??= await this.hasher.hash(input.password);
    const result = await this.transactions.run(async (em) => {
      if (await em.getRepository(User).existsBy({ email })) {
        throw DomainError.conflict(text(`邮箱 ${email} 已注册`, `An account with e-mail ${email} already exists`), { field: 'email' });
      }
      const { organization, joins, organizationRole } = await this.placementFor(em, input, granted);
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
      const user = await repo.save(
        repo.create({
          email,
          passwordHash,
          tokenVersion: 0,
          disabledAt: null,
          name: input.name.trim(),
          role: input.role,
          // Only enterprise members act for their organization; a researcher's is their 工作单位 via the talent.
          organizationId: input.role === Role.RESEARCHER ? null : (organization?.id ?? null),
          organizationRole,
          talentId: talent?.id ?? null,
        }),
      );
      const joinRequest = joins ? await this.memberships.request(em, toPrincipal(user), user.name, joins.id) : null;
      return { user, joinRequest };
    });
    if (result.user.talentId) await this.events.emit({ type: 'talents.changed', ids: [result.user.talentId] });
    return result;
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
    if (!result.affected) throw DomainError.conflict(text('密码刚刚已被修改，请重新登录', 'The password was changed at the same time; sign in again'));
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
    if (id === admin.userId) throw DomainError.badInput('id', text('不能停用或启用自己的账户', 'You cannot disable or enable your own account'));
    const user = await this.repo.findOneBy({ id });
    if (!user) throw DomainError.notFound('User', id);
    if (!!user.disabledAt === disabled) return user;
    const now = this.clock.now();
    const changes = { disabledAt: disabled ? now : null, updatedAt: now };
    // Raised in SQL, so a password change at the same moment cannot leave one version for two token sets.
    await this.repo.createQueryBuilder().update(User).set({ ...changes, tokenVersion: () => 'token_version + 1' }).where('id = :id', { id }).execute();
    return Object.assign(user, changes, { tokenVersion: user.tokenVersion + 1 });
  }

  private async placementFor(em: EntityManager, input: AccountSpec, granted: boolean): Promise<Placement> {
    const enterprise = input.role === Role.ENTERPRISE;
    const member = async (organization: Organization): Promise<Placement> => ({
      organization,
      organizationRole: enterprise ? await this.memberships.roleOfNewMember(em, organization.id) : null,
    });
    const asks = (organization: Organization): Placement => ({ organization: null, joins: organization, organizationRole: null });
    if (input.organizationId) {
      const org = await em.getRepository(Organization).findOneBy({ id: input.organizationId });
      if (!org) throw DomainError.badInput('organizationId', text(`单位 ${input.organizationId} 不存在`, `no organization ${input.organizationId}`));
      return member(org);
    }
    const needsOrganization = enterprise || input.role === Role.RESEARCHER;
    if (!input.organizationName) {
      if (needsOrganization) throw DomainError.badInput('organizationName', text(`${ROLE_CN[input.role]}账户必须填写单位名称`, `is required for ${input.role} accounts`));
      return { organization: null, organizationRole: null };
    }
    if (input.role === Role.RESEARCHER && !input.region) {
      throw DomainError.badInput('region', text('研究人员必须填写所在地区', 'is required for researchers (所在地区)'));
    }
    const name = input.organizationName.trim();
    const existing = enterprise ? await this.existingEnterprise(em, name, input.creditCode) : null;
    if (existing) return granted ? member(existing) : asks(existing);
    const organization = await this.organizations.findOrCreate(em, {
      name,
      type: enterprise ? OrganizationType.ENTERPRISE : (input.organizationType ?? OrganizationType.UNIVERSITY),
      region: input.region,
      creditCode: input.creditCode,
    });
    const placed = await member(organization);
    // Another sign-up created the same organization a moment earlier and is its admin member: ask it.
    return !granted && placed.organizationRole === MemberRole.MEMBER ? asks(organization) : placed;
  }

  /** The enterprise a sign-up names by its name or its credit code, if it exists already. */
  private async existingEnterprise(em: EntityManager, name: string, creditCode?: string): Promise<Organization | null> {
    const repo = em.getRepository(Organization);
    const byName = await repo.findOneBy({ name });
    const byCode = creditCode ? await repo.findOneBy({ creditCode }) : null;
    if (byName && byCode && byName.id !== byCode.id) throw DomainError.badInput('creditCode', text(`该信用代码属于 ${byCode.name}，不属于 ${name}`, `belongs to ${byCode.name}, not to ${name}`));
    const existing = byName ?? byCode;
    if (!existing) return null;
    if (existing.type !== OrganizationType.ENTERPRISE) throw DomainError.badInput(byName ? 'organizationName' : 'creditCode', text(`${existing.name} 不是企业`, `${existing.name} is not an enterprise`));
    if (creditCode && existing.creditCode && existing.creditCode !== creditCode) {
      throw DomainError.badInput('creditCode', text(`与 ${existing.name} 登记的信用代码不一致`, `does not match the credit code on record for ${existing.name}`));
    }
    return existing;
  }
}
