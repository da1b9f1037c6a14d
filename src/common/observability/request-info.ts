import type { IncomingMessage } from 'node:http';

/** What later layers learn about a request that its log line reports (the caller, the GraphQL operation). */
export interface RequestInfo {
  userId?: string;
  operation?: string;
}

const infos = new WeakMap<IncomingMessage, RequestInfo>();

/** The request's annotations, created on first use; they live as long as the request object. */
export function requestInfo(req: IncomingMessage): RequestInfo {
  let info = infos.get(req);
  if (!info) infos.set(req, (info = {}));
  return info;
}
