import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/observability/logger';
import { REQUEST_ID_HEADER, requestId } from '../../common/observability/request-id';
import { requestInfo } from '../../common/observability/request-info';
import { Metrics } from './metrics';

/** The route pattern, not the path, so that ids in paths do not multiply the series. */
function routeOf(req: Partial<Request>): string {
  if (req.route?.path) return `${req.baseUrl}${String(req.route.path)}`;
  return req.baseUrl || 'unmatched';
}

// The path without the query string: GraphQL GET requests carry variables there.
const pathOf = (url: string | undefined) => (url ?? '').split('?')[0].slice(0, 200);

const ID_HEADER = REQUEST_ID_HEADER.toLowerCase();

/**
 * The first middleware of every request: gives it an id (X-Request-Id, honoured when sane, echoed in
 * the response), writes one JSON log line when it ends (method, path, status, duration, operation,
 * caller; never headers, bodies or variables) and counts and times it by route. One plain log call
 * per request, no child logger: this runs on every request, cached answers included.
 */
@Injectable()
export class RequestObservability {
  readonly handler: RequestHandler;
  /** Ids, log line and metrics for a request answered before Express (the response cache), under `route`. */
  readonly track: (req: IncomingMessage, res: ServerResponse, route?: string) => void;

  constructor(@Inject(LOGGER) root: Logger, metrics: Metrics) {
    // The line's fields are fixed and sanitised (no headers, bodies or query strings), so the root's
    // key redaction, a third of a cached answer's cost, is not needed here.
    const logger = root.child({}, { redact: [] });
    this.track = (req, res, fixedRoute) => {
      const started = process.hrtime.bigint();
      const reqId = requestId(req.headers[ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, reqId);
      res.once('close', () => {
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        const route = fixedRoute ?? routeOf(req as Partial<Request>);
        metrics.httpDuration.observe({ method: req.method, route }, durationMs / 1000);
        metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
        const failed = res.statusCode >= 500;
        if (!logger.isLevelEnabled(failed ? 'error' : 'info')) return;
        const line = {
          reqId,
          method: req.method,
          path: pathOf((req as Partial<Request>).originalUrl ?? req.url),
          status: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          ...requestInfo(req),
          ...(res.writableFinished ? {} : { aborted: true }),
        };
        if (failed) logger.error(line, 'request failed');
        else logger.info(line, 'request completed');
      });
    };
    this.handler = (req: Request, res: Response, next: NextFunction) => {
      this.track(req, res);
      next();
    };
  }
}
