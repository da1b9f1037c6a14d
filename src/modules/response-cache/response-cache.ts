import { Inject, Injectable } from '@nestjs/common';
import { parse } from 'graphql';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { DomainEvents } from '../../common/events/domain-events';
import { bodiesReadEarly } from '../../common/http/body-limits';
import { requestLanguage } from '../../common/i18n/accept-language';
import { requestInfo } from '../../common/observability/request-info';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { Metrics } from '../observability/metrics';
import { RequestObservability } from '../observability/request-observability';
import { PublicResponses, StoredResponse } from './public-responses';

// Headers of one response, not of the answer: never replayed.
const OWN_HEADERS = new Set(['x-request-id', 'date', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);

/** Only a query (no mutation or subscription) may be answered from the cache; a parse failure is not. */
function isQueryOnly(body: unknown, maxTokens: number): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const query = (body as { query?: unknown }).query;
  if (typeof query !== 'string') return false;
  try {
    return parse(query, { maxTokens }).definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query');
  } catch {
    return false;
  }
}

/**
 * Anonymous browsing (the demands page, search, a demand's public view) is the same answer for
 * everyone: it is kept for RESPONSE_CACHE_TTL_MS and dropped at once when any committed change is
 * announced (DomainEvents, relayed between instances through Redis). It sits in front of Express, so a
 * hit costs a lookup and a write (with the request id, log line and metrics every request gets), not
 * a trip through the middleware and GraphQL. A request with a token, a mutation, an answer with errors
 * or cookies, and anything but a JSON POST to /graphql go the normal way. The key holds the Origin,
 * since CORS headers depend on it, and the language asked for (the answer says `Vary: Accept-Language`).
 */
@Injectable()
export class ResponseCache {
  private readonly responses: PublicResponses;
  private readonly maxBody: number;
  private readonly maxTokens: number;
  private readonly enabled: boolean;

  constructor(
    @Inject(APP_CONFIG) cfg: AppConfig,
    events: DomainEvents,
    private readonly metrics: Metrics,
    private readonly observability: RequestObservability,
  ) {
    this.enabled = cfg.responseCache.ttlMs > 0;
    this.responses = new PublicResponses(cfg.responseCache.ttlMs, cfg.responseCache.maxBytes);
    this.maxBody = cfg.bodyLimits.graphql;
    this.maxTokens = cfg.queryLimits.maxTokens;
    events.on(() => this.responses.clear());
  }

  /** The server's request listener with the cache in front of it. */
  wrap(app: RequestListener): RequestListener {
    if (!this.enabled) return app;
    return (req, res) => {
      if (!this.eligible(req)) return app(req, res);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.once('error', () => res.destroy());
      req.once('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const key = `${req.headers.origin ?? ''}\n${requestLanguage(req)}\n${body}`;
        void this.answer(key, body, req, res, app).catch(() => res.destroy());
      });
    };
  }

  private eligible(req: IncomingMessage): boolean {
    const length = Number(req.headers['content-length']);
    return (
      req.method === 'POST' &&
      (req.url === '/graphql' || req.url === '/graphql/') &&
      !req.headers.authorization &&
      !req.headers.cookie &&
      /^application\/json\b/i.test(req.headers['content-type'] ?? '') &&
      !/multipart/i.test(req.headers.accept ?? '') &&
      length > 0 &&
      length <= this.maxBody
    );
  }

  private async answer(key: string, raw: string, req: IncomingMessage, res: ServerResponse, app: RequestListener): Promise<void> {
    const stored = this.responses.get(key) ?? (await this.responses.pending(key));
    if (stored) return this.replay(stored, req, res);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      bodiesReadEarly.set(req, { invalid: true });
      return app(req, res);
    }
    bodiesReadEarly.set(req, { parsed });
    if (isQueryOnly(parsed, this.maxTokens)) {
      this.metrics.responseCache.inc({ result: 'miss' });
      this.capture(req, res, this.responses.begin(key));
    } else this.metrics.responseCache.inc({ result: 'bypass' });
    app(req, res);
  }

  private replay(stored: StoredResponse, req: IncomingMessage, res: ServerResponse): void {
    this.metrics.responseCache.inc({ result: 'hit' });
    // Served operations count the same whether computed or replayed.
    const labels = { operation: this.metrics.operationLabel(stored.operation), type: 'query' };
    this.metrics.graphqlOperations.inc(labels);
    this.metrics.graphqlDuration.observe(labels, 0);
    this.observability.track(req, res, '/graphql');
    if (stored.operation) requestInfo(req).operation = stored.operation;
    for (const [name, value] of Object.entries(stored.headers)) res.setHeader(name, value);
    res.setHeader('X-Cache', 'hit');
    res.statusCode = 200;
    res.end(stored.body);
  }

  /** Keeps the answer once it is written, if it is a plain success. */
  private capture(req: IncomingMessage, res: ServerResponse, done: (answer?: Omit<StoredResponse, 'expires'>) => void): void {
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    let settled = false;
    const settle = (answer?: Omit<StoredResponse, 'expires'>) => {
      if (!settled) done(answer);
      settled = true;
    };
    res.once('close', () => settle());
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const body = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : undefined;
      // A key named "errors" can only be the error list (or an alias of that name): not kept either way.
      if (res.statusCode === 200 && body && !body.includes('"errors":') && !res.hasHeader('set-cookie')) {
        const headers = Object.fromEntries(
          Object.entries(res.getHeaders()).flatMap(([name, value]) => (OWN_HEADERS.has(name) || value === undefined ? [] : [[name, String(value)]])),
        );
        settle({ body, headers, operation: requestInfo(req).operation });
      } else settle();
      return end(chunk, ...rest);
    }) as ServerResponse['end'];
  }
}
