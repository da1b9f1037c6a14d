import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { configureApp } from './app-setup';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { closeGracefullyOnSignals } from './common/observability/graceful-shutdown';
import { LOGGER, PinoNestLogger } from './common/observability/logger';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`Configuration error: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  // Nest's messages wait until the JSON logger exists, then go through it.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(new PinoNestLogger(app.get(LOGGER)));
  configureApp(app);
  closeGracefullyOnSignals(app, config.shutdownTimeoutMs);
  await app.listen(config.port);
  const where = config.databaseUrl ? 'PostgreSQL' : config.databasePath;
  Logger.log(`Jiebang serves GraphQL at http://localhost:${config.port}/graphql (database: ${where}) in ${Date.now() - started} ms`, 'Bootstrap');
}

void bootstrap();
