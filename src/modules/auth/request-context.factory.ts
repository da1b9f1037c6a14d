import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { RequestLoaders } from '../../common/dataloader/request-loaders';
import { DomainError } from '../../common/errors/domain-error';
import { text } from '../../common/i18n/text';
import { requestInfo } from '../../common/observability/request-info';
import { AuthService } from './auth.service';

/** Builds the GraphQL context of each request: the caller from the bearer token, and fresh DataLoaders. */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
  ) {}

  async create(req?: Request): Promise<RequestContext> {
    const ctx = await this.fromHeader(req?.headers?.authorization, req);
    // The request log names the caller.
    if (req && ctx.principal) requestInfo(req).userId = ctx.principal.userId;
    return ctx;
  }

  /** A subscription's context: graphql-ws clients send { authorization: "Bearer <token>" } when connecting. */
  fromConnectionParams(params?: Record<string, unknown>): Promise<RequestContext> {
    const header = params?.authorization ?? params?.Authorization;
    return this.fromHeader(typeof header === 'string' ? header : undefined);
  }

  private async fromHeader(header: string | undefined, req?: Request): Promise<RequestContext> {
    const ctx: RequestContext = { req, principal: null, loaders: new RequestLoaders(this.dataSource) };
    if (!header) return ctx;
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) return { ...ctx, authError: text('Authorization 请求头应为 "Bearer <令牌>"', 'The Authorization header must be "Bearer <token>"') };
    try {
      return { ...ctx, principal: await this.auth.principalFromToken(token) };
    } catch (e) {
      if (e instanceof DomainError) return { ...ctx, authError: e.text };
      throw e;
    }
  }
}
