import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DomainError } from '../common/errors/domain-error';

@Module({})
class CliModule {
  static with(modules: Type[]): DynamicModule {
    return { module: CliModule, imports: [ConfigModule.forRoot(loadConfig()), DatabaseModule, ...modules] };
  }
}

/**
 * Runs a command against the configured database (DATABASE_PATH or DATABASE_URL) with only the
 * modules it needs, and turns failures into a message and a non-zero exit code.
 */
export async function runCli(modules: Type[], command: (app: INestApplicationContext) => Promise<void>): Promise<void> {
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(CliModule.with(modules), { logger: ['error', 'warn'] });
    await command(app);
  } catch (e) {
    if (e instanceof DomainError || e instanceof ConfigError) {
      console.error(e.message.replace(/; (?=\S+ row \d+)/g, '\n  '));
    } else {
      console.error(e);
    }
    process.exitCode = 1;
  } finally {
    await app?.close();
  }
}
