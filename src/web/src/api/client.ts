import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { session } from './session';

/** A GraphQL error as the server sends it: the message is already in the user's language. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** The input field the error concerns, when the server names one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Runs one typed operation over HTTP with the session's token; the first error is thrown as ApiError. */
export async function request<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'zh-CN' };
  if (session.token) headers.authorization = `Bearer ${session.token}`;
  let body: { data?: R; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
  try {
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: print(document), variables }) });
    body = await res.json();
  } catch {
    throw new ApiError('无法连接服务器，请检查网络后重试', 'NETWORK');
  }
  const [first] = body.errors ?? [];
  if (first) {
    if (first.extensions?.code === 'UNAUTHENTICATED') session.clear();
    throw new ApiError(first.message, first.extensions?.code ?? 'ERROR', first.extensions?.field);
  }
  return body.data as R;
}

/** Downloads a file the server makes (an XLSX export), with the session's token. */
export async function download(path: string, name: string): Promise<void> {
  const res = await fetch(path, { headers: session.token ? { authorization: `Bearer ${session.token}` } : {} });
  if (!res.ok) throw new ApiError(`下载失败（${res.status}）`, 'DOWNLOAD');
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}
