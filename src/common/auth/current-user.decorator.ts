import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

/** The caller's Principal, or null when anonymous. */
export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<RequestContext>().principal,
);

/** The per-request DataLoaders. */
export const Loaders = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<RequestContext>().loaders,
);
