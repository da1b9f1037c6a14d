import { readFileSync } from 'node:fs';
import { currentSchemaSdl, SCHEMA_FILE } from '../../src/cli/schema';
import { createTestApp } from '../setup/test-app';

describe('schema', () => {
  it('should match the committed src/schema.gql (run `npm run schema` after changing the API)', async () => {
    expect(await currentSchemaSdl()).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('should have migrations that build exactly the schema the entities describe', async () => {
    const t = await createTestApp();
    try {
      const pending = await t.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      expect(await t.dataSource.showMigrations()).toBe(false);
    } finally {
      await t.close();
    }
  });
});
