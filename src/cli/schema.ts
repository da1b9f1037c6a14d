import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';

/** The GraphQL schema as SDL, sorted, exactly as committed in src/schema.gql. */
export async function currentSchemaSdl(): Promise<string> {
  const config = loadConfig({ ...process.env, DATABASE_PATH: ':memory:', DATABASE_URL: '', SEED: 'false', NODE_ENV: 'development' });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.init();
  try {
    return printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
  } finally {
    await app.close();
  }
}

export const SCHEMA_FILE = join(__dirname, '..', '..', 'src', 'schema.gql');

// `npm run schema` writes the file; the schema test fails when it is stale.
if (require.main === module) {
  void currentSchemaSdl().then((sdl) => {
    writeFileSync(SCHEMA_FILE, sdl);
    console.log(`Wrote ${SCHEMA_FILE}`);
  });
}
