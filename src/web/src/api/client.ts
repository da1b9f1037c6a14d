import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { session } from './session';

/** One thing wrong with an import file, as the server's import-problems.ts reports it. */
export interface FileProblem {
  file: string;
  /** Spreadsheet row (header = 1); 0 for the file as a whole. */
  row: number;
  column: string;
  kind?: string;
  reason: string;
  /** The name as the file writes it, for a problem standing for several rows (an unknown industry). */
  value?: string;
}

/** What the server adds to an error: an import's problems, the expert of a conflict of interest… */
export interface ErrorExtensions {
  code?: string;
  field?: string;
  problems?: FileProblem[];
  expertId?: string;
  reason?: string;
}

/** A GraphQL error as the server sends it: the message is already in the user's language. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    /** The input field the error concerns, when the server names one. */
    readonly field?: string,
    readonly extensions: ErrorExtensions = {},
  ) {
    super(message);
  }

  /** Every problem of a refused import file (nothing of it was written). */
  get problems(): FileProblem[] {
    return this.extensions.problems ?? [];
  }
}

/** Runs one typed operation over HTTP with the session's token; the first error is thrown as ApiError. */
export async function request<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': 'zh-CN' };
  if (session.token) headers.authorization = `Bearer ${session.token}`;
  let body: { data?: R; errors?: { message: string; extensions?: ErrorExtensions }[] };
  try {
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: print(document), variables }) });
    body = await res.json();
  } catch {
    throw new ApiError('无法连接服务器，请检查网络后重试', 'NETWORK');
  }
  const [first] = body.errors ?? [];
  if (first) {
    if (first.extensions?.code === 'UNAUTHENTICATED') session.clear();
    throw new ApiError(first.message, first.extensions?.code ?? 'ERROR', first.extensions?.field, first.extensions);
  }
  return body.data as R;
}

/** Downloads a file the server makes (an XLSX export), with the session's token. */
export async function download(path: string, name: string): Promise<void> {
  const res = await fetch(path, { headers: session.token ? { authorization: `Bearer ${session.token}` } : {} });
  if (!res.ok) {
    // The server says why in its own words (a GraphQL-shaped error body), e.g. an unknown sheet.
    const error = await res.json().then((b) => b.errors?.[0], () => undefined);
    throw new ApiError(error?.message ?? `下载失败（${res.status}）`, error?.extensions?.code ?? 'DOWNLOAD', error?.extensions?.field, error?.extensions);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

/** A chosen file's bytes in base64, as ImportFileInput carries them. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data: URL is "data:<type>;base64,<bytes>".
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new ApiError('无法读取所选文件', 'FILE'));
    reader.readAsDataURL(file);
  });
}
