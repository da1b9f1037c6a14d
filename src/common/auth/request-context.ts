import type { Request } from 'express';
import { RequestLoaders } from '../dataloader/request-loaders';
import type { Principal } from './principal';

/** The GraphQL context of one request. */
export interface RequestContext {
  req?: Request;
  principal: Principal | null;
  /** Set when a token was sent but is invalid or expired: every operation then fails UNAUTHENTICATED. */
  authError?: string;
  loaders: RequestLoaders;
}
