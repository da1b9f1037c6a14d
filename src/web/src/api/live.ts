import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { session } from './session';

let client: Client | undefined;
let clientToken = '';

/** One graphql-ws connection per signed-in session, opened on first use. */
function ws(): Client {
  if (client && clientToken === session.token) return client;
  void client?.dispose();
  clientToken = session.token;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  client = createClient({ url, lazy: true, connectionParams: () => (session.token ? { authorization: `Bearer ${session.token}` } : {}) });
  return client;
}

/** Calls `next` with each event of a subscription; returns the function that stops it. */
export function subscribe<R, V>(document: TypedDocumentNode<R, V>, variables: V, next: (data: R) => void): () => void {
  return ws().subscribe<R>({ query: print(document), variables: variables as Record<string, unknown> }, { next: (r) => r.data && next(r.data as R), error: () => undefined, complete: () => undefined });
}

/** Closes the connection (at sign-out). */
export function closeLive(): void {
  void client?.dispose();
  client = undefined;
}
