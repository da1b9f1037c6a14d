import type { Request } from 'express';
import type { Text } from '../i18n/text';
import { RequestLoaders } from '../dataloader/request-loaders';
import type { Principal } from './principal';

/** The GraphQL context of one request. */
export interface RequestContext {
  req?: Request;
  principal: Principal | null;
  /** Set when a token was sent but is invalid or expired: every operation then fails UNAUTHENTICATED. */
  authError?: Text;
  loaders: RequestLoaders;
}
