import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { RequestListener } from 'node:http';
import { graphqlBodyParser } from './common/http/body-limits';
import { explorer } from './common/http/explorer';
import { consoleDir, webConsole } from './common/http/web-console';
import { varyByLanguage } from './common/i18n/accept-language';
import { applySecurity } from './common/http/security';
import { Role } from './modules/users/user.entity';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { AuthService } from './modules/auth/auth.service';
import { RequestObservability } from './modules/observability/request-observability';
import { ResponseCache } from './modules/response-cache/response-cache';

/** HTTP settings shared by the server and the tests. */
export function configureApp(nest: INestApplication): void {
  const app = nest as NestExpressApplication;
  const cfg = app.get<AppConfig>(APP_CONFIG);
  const auth = app.get(AuthService);
  // First, so that every request, refused ones included, gets an id, a log line and its metrics.
  app.use(app.get(RequestObservability).handler);
  app.set('trust proxy', cfg.trustProxy);
  app.use(varyByLanguage);
  applySecurity(app, cfg.corsOrigins);
  if (cfg.explorer) app.use(explorer());
  const isAdmin = async (header?: string) => {
    const token = header && /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    return !!token && (await auth.principalFromToken(token)).role === Role.ADMIN;
  };
  app.use('/graphql', graphqlBodyParser(cfg.bodyLimits, isAdmin));
  const web = consoleDir();
  if (web) app.use(webConsole(web));
  const server = app.getHttpServer();
  const [express] = server.listeners('request') as RequestListener[];
  server.removeListener('request', express);
  server.on('request', app.get(ResponseCache).wrap(express));
}
