import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { LOGGER } from '../../common/observability/logger';
import { REQUEST_ID_HEADER, requestId } from '../../common/observability/request-id';
import { requestInfo } from '../../common/observability/request-info';
import { Metrics } from './metrics';

/** The route pattern, not the path, so that ids in paths do not multiply the series. */
function routeOf(req: Request): string {
  if (req.route?.path) return `${req.baseUrl}${String(req.route.path)}`;
  return req.baseUrl || 'unmatched';
}

// The path without the query string: GraphQL GET requests carry variables there.
const pathOf = (url: string | undefined) => (url ?? '').split('?')[0].slice(0, 200);

/**
 * The first middleware of every request: gives it an id (X-Request-Id, honoured when sane, echoed in
 * the response), writes one JSON log line when it ends (method, path, status, duration, operation,
 * caller; never headers, bodies or variables) and counts and times it by route.
 */
@Injectable()
export class RequestObservability {
  readonly handler: RequestHandler;

  constructor(@Inject(LOGGER) logger: Logger, metrics: Metrics) {
    const line = (req: IncomingMessage, res: ServerResponse, durationMs: number) => ({
      method: req.method,
      path: pathOf((req as Request).originalUrl ?? req.url),
      status: res.statusCode,
      durationMs,
      ...(res.writableFinished ? {} : { aborted: true }),
    });
    const log = pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = requestId(req.headers[REQUEST_ID_HEADER.toLowerCase()]);
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      quietReqLogger: true,
      quietResLogger: true,
      customProps: (req) => ({ ...requestInfo(req) }),
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      customSuccessObject: (req, res, val: { responseTime: number }) => line(req, res, val.responseTime),
      customErrorObject: (req, res, _err, val: { responseTime: number }) => line(req, res, val.responseTime),
      customSuccessMessage: () => 'request completed',
      customErrorMessage: () => 'request failed',
    });
    this.handler = (req: Request, res: Response, next: NextFunction) => {
      const stop = metrics.httpDuration.startTimer();
      res.once('close', () => {
        const route = routeOf(req);
        stop({ method: req.method, route });
        metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
      });
      log(req, res, next);
    };
  }
}
