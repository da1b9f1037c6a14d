import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';

/** HTTP settings shared by the server and the tests. */
export function configureApp(app: INestApplication): void {
  // Imports arrive as base64 in a GraphQL mutation: allow spreadsheets of a few tens of MB.
  (app as NestExpressApplication).useBodyParser('json', { limit: '40mb' });
}
