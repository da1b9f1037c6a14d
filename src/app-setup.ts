import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { RequestObservability } from './modules/observability/request-observability';

/** HTTP settings shared by the server and the tests. */
export function configureApp(app: INestApplication): void {
  // First, so that every request, refused ones included, gets an id, a log line and its metrics.
  app.use(app.get(RequestObservability).handler);
  // Imports arrive as base64 in a GraphQL mutation: allow spreadsheets of a few tens of MB.
  (app as NestExpressApplication).useBodyParser('json', { limit: '40mb' });
}
