import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DomainError } from '../common/errors/domain-error';
import type { Lang } from '../common/i18n/text';
import { describeProblem, ImportProblem, rejectionHeadline } from '../modules/data-import/import-problems';

/** The language of messages printed by the commands: Chinese, or English with JIEBANG_LANG=en. */
export const cliLanguage = (): Lang => (process.env.JIEBANG_LANG?.toLowerCase().startsWith('en') ? 'en' : 'zh');

/** A refused import lists every problem on its own line (the GraphQL message shows the first 20). */
function describeError(e: DomainError, lang: Lang): string {
  const problems = e.details.problems as ImportProblem[] | undefined;
  if (!Array.isArray(problems) || !problems[0]?.file) return e.messageIn(lang);
  return [`${rejectionHeadline(problems[0].file, problems.length)[lang]}${lang === 'en' ? ':' : '：'}`, ...problems.map((p) => `  ${describeProblem(p, lang)}`)].join('\n');
}

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
    if (e instanceof DomainError) {
      console.error(describeError(e, cliLanguage()));
    } else if (e instanceof ConfigError) {
      console.error(e.message);
    } else {
      console.error(e);
    }
    process.exitCode = 1;
  } finally {
    await app?.close();
  }
}
