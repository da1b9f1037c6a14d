import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

/**
 * Security headers and CORS. The CSP admits only the app's own scripts, so the explorer (and the
 * console) must be served from local files; inline styles stay allowed because GraphiQL injects them.
 */
export function applySecurity(app: NestExpressApplication, corsOrigins: string[]): void {
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
        },
      },
    }),
  );
  app.enableCors({ origin: corsOrigins, maxAge: 600 });
  // A preflight from an origin not listed gets no CORS headers (the browser then refuses), not a 400.
  app.use((req: { method: string }, res: { status(n: number): { end(): void } }, next: () => void) => {
    if (req.method === 'OPTIONS') res.status(204).end();
    else next();
  });
}
