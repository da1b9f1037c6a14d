import { INestApplication, Logger } from '@nestjs/common';
import type { Server } from 'node:http';

/**
 * Stops accepting connections and waits for the requests in flight to finish, closing keep-alive
 * connections as they fall idle; after `timeoutMs` the remaining connections are cut.
 * Resolves true when every request finished in time.
 */
export function drainHttpServer(server: Server, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve(true);
    let timer: NodeJS.Timeout | undefined;
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(timer);
      resolve(true);
    });
    server.closeIdleConnections();
    timer = setTimeout(() => {
      clearInterval(idle);
      server.closeAllConnections();
      resolve(false);
    }, timeoutMs);
  });
}

/**
 * On SIGTERM or SIGINT: drain HTTP first, then close the application, whose shutdown hooks close the
 * database and Redis. (Nest's own enableShutdownHooks would stop GraphQL and the database before the
 * HTTP server, failing the requests still running.)
 */
export function closeGracefullyOnSignals(app: INestApplication, timeoutMs: number): void {
  const logger = new Logger('Shutdown');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing requests in flight (up to ${timeoutMs} ms)`);
    // Should a hook hang, the process still ends.
    setTimeout(() => process.exit(1), timeoutMs + 15_000).unref();
    try {
      const drained = await drainHttpServer(app.getHttpServer() as Server, timeoutMs);
      if (!drained) logger.warn(`Requests still running after ${timeoutMs} ms were cut off`);
      await app.close();
      logger.log('Stopped');
      process.exit(0);
    } catch (e) {
      logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal));
}
