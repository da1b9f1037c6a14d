import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { APP_CONFIG, ConfigError } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { JoinRequest } from '../memberships/join-request.entity';
import { RegisterInput } from '../users/users.dto';
import { Role, User } from '../users/user.entity';
import { toPrincipal, UsersService } from '../users/users.service';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { assertStrongPassword } from './password-policy';
import { text } from '../../common/i18n/text';

export interface AuthResult {
  token: string;
  user: User;
  joinRequest?: JoinRequest | null;
}

interface TokenClaims {
  sub?: unknown;
  /** The user's token version when issued; a password change or disabling raises it. */
  ver?: unknown;
  exp?: unknown;
}

/** No account has a longer e-mail (the column's length), so such a login needs no counting. */
const MAX_EMAIL_LENGTH = 254;
const DISABLED = text('该账户已被停用', 'This account is disabled');
const INVALID_TOKEN = text('令牌无效，请重新登录', 'The token is not valid; sign in again');

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** With ADMIN_EMAIL and ADMIN_PASSWORD set and no admin yet, the first admin is created. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword || (await this.users.existsWithRole(Role.ADMIN))) return;
    try {
      await this.users.createAccount({ email: adminEmail, password: adminPassword, name: '管理员', role: Role.ADMIN });
    } catch (e) {
      throw e instanceof DomainError ? new ConfigError(`ADMIN_EMAIL/ADMIN_PASSWORD: ${e.message}`) : e;
    }
    this.logger.log(`Created the first admin, ${adminEmail}`);
  }

  async register(input: RegisterInput): Promise<AuthResult> {
    if (input.role !== Role.ENTERPRISE && input.role !== Role.RESEARCHER) {
      throw DomainError.badInput('role', text('只能注册企业或科研人员账户；管理员和评审专家账户由管理员创建', 'must be ENTERPRISE or RESEARCHER; admins and experts are created by an admin'));
    }
    const { user, joinRequest } = await this.users.signUp(input);
    return { token: this.issueToken(user), user, joinRequest };
  }

  async login(email: string, password: string): Promise<AuthResult> {
    const key = email.trim().toLowerCase();
    // The same error whether the e-mail or the password is wrong, so accounts cannot be probed;
    // unknown e-mails are counted and take as long as known ones for the same reason.
    const wrong = DomainError.unauthenticated(text('邮箱或密码错误', 'Wrong e-mail or password'));
    if (key.length > MAX_EMAIL_LENGTH) throw wrong;
    await this.throttle.claim(key);
    const user = await this.users.findByEmail(key);
    const right = user ? await this.hasher.verify(password, user.passwordHash) : await this.hasher.verifyNothing(password);
    if (!user || !right) throw wrong;
    await this.throttle.succeeded(key);
    if (user.disabledAt) throw DomainError.unauthenticated(DISABLED);
    if (this.hasher.needsRehash(user.passwordHash)) await this.users.rehash(user, await this.hasher.hash(password));
    return { token: this.issueToken(user), user };
  }

  /** A new password ends every earlier token; the answer carries a fresh one. Wrong guesses count as failed logins. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<AuthResult> {
    const user = await this.users.findById(principal.userId);
    if (!user) throw DomainError.unauthenticated();
    assertStrongPassword('newPassword', newPassword, user.email);
    if (newPassword === currentPassword) throw DomainError.badInput('newPassword', text('新密码不能与当前密码相同', 'must differ from the current password'));
    await this.throttle.claim(user.email);
    if (!(await this.hasher.verify(currentPassword, user.passwordHash))) throw DomainError.badInput('currentPassword', text('当前密码不正确', 'is not the current password'));
    await this.throttle.succeeded(user.email);
    const changed = await this.users.changePasswordHash(user, await this.hasher.hash(newPassword));
    return { token: this.issueToken(changed), user: changed };
  }

  /** `exp` comes from JwtModule's signOptions.expiresIn (JWT_EXPIRES_IN). */
  private issueToken(user: User): string {
    return this.jwt.sign({ sub: user.id, ver: user.tokenVersion });
  }

  /**
   * The caller of a request or graphql-ws connection from its bearer token; a stale, revoked or
   * forged token is an error, not anonymity.
   */
  async principalFromToken(token: string): Promise<Principal> {
    let claims: TokenClaims;
    try {
      claims = this.jwt.verify<TokenClaims>(token);
    } catch (e) {
      throw DomainError.unauthenticated(e instanceof Error && e.name === 'TokenExpiredError' ? text('登录已过期，请重新登录', 'The sign-in has expired; sign in again') : INVALID_TOKEN);
    }
    // jsonwebtoken accepts a token without exp as never expiring; ours always have one.
    if (typeof claims.exp !== 'number') throw DomainError.unauthenticated(text('令牌没有有效期（exp），请重新登录', 'The token has no expiry (exp); sign in again'));
    const user = typeof claims.sub === 'string' ? await this.users.findById(claims.sub) : null;
    if (!user) throw DomainError.unauthenticated(INVALID_TOKEN);
    if (user.disabledAt) throw DomainError.unauthenticated(DISABLED);
    if (claims.ver !== user.tokenVersion) throw DomainError.unauthenticated(text('令牌已失效（密码已更改或账户已停用），请重新登录', 'The token is no longer valid (password changed or account disabled); sign in again'));
    return toPrincipal(user);
  }
}
