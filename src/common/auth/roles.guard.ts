import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role, ROLE_CN } from '../../modules/users/user.entity';
import { DomainError } from '../errors/domain-error';
import { RequestContext } from './request-context';
import { ROLES_KEY } from './roles.decorator';
import { text } from '../i18n/text';

/** Global guard: rejects bad tokens, and enforces @Roles; ownership rules live in the services. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (ctx.authError) throw DomainError.unauthenticated(ctx.authError);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    if (!ctx.principal) throw DomainError.unauthenticated();
    if (roles.length && !roles.includes(ctx.principal.role)) {
      throw DomainError.forbidden(text(`此操作仅限${roles.map((r) => ROLE_CN[r]).join('或')}`, `This needs the role ${roles.join(' or ')}`));
    }
    return true;
  }
}
