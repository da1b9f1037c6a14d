import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { JoinRequest } from '../memberships/join-request.entity';
import { RegisterInput } from '../users/users.dto';
import { Role, User } from '../users/user.entity';
import { toPrincipal, UsersService } from '../users/users.service';
import { verifyPassword } from './password-hasher';

export interface AuthResult {
  token: string;
  user: User;
  joinRequest?: JoinRequest | null;
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** With ADMIN_EMAIL and ADMIN_PASSWORD set and no admin yet, the first admin is created. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword || (await this.users.existsWithRole(Role.ADMIN))) return;
    await this.users.createAccount({ email: adminEmail, password: adminPassword, name: '管理员', role: Role.ADMIN });
    this.logger.log(`Created the first admin, ${adminEmail}`);
  }

  async register(input: RegisterInput): Promise<AuthResult> {
    if (input.role !== Role.ENTERPRISE && input.role !== Role.RESEARCHER) {
      throw DomainError.badInput('role', 'must be ENTERPRISE or RESEARCHER; admins and experts are created by an admin');
    }
    const { user, joinRequest } = await this.users.signUp(input);
    return { token: this.issueToken(user), user, joinRequest };
  }

  async login(email: string, password: string): Promise<AuthResult> {
    const user = await this.users.findByEmail(email);
    // The same error whether the e-mail or the password is wrong, so accounts cannot be probed.
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      throw DomainError.unauthenticated('Wrong e-mail or password');
    }
    return { token: this.issueToken(user), user };
  }

  private issueToken(user: User): string {
    return this.jwt.sign({ sub: user.id });
  }

  /** The caller of a request from its bearer token; a stale or forged token is an error, not anonymity. */
  async principalFromToken(token: string): Promise<Principal> {
    let sub: unknown;
    try {
      sub = this.jwt.verify<{ sub?: string }>(token).sub;
    } catch (e) {
      throw DomainError.unauthenticated(e instanceof Error && e.name === 'TokenExpiredError' ? 'Token expired' : 'Invalid token');
    }
    const user = typeof sub === 'string' ? await this.users.findById(sub) : null;
    if (!user) throw DomainError.unauthenticated('Invalid token');
    return toPrincipal(user);
  }
}
