import { restore } from '../database/sqlite-backup';
import { describe, runFileCommand } from './database-file-command';

// npm run restore -- <file>: replaces the SQLite database with a backup; stop the server first.
void runFileCommand(
  'npm run restore -- <file>',
  (file) => `pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$DATABASE_URL" ${file}`,
  async (file, databasePath) => {
    const started = Date.now();
    const { summary, migrated, previous } = await restore(file, databasePath);
    console.log(`已从 ${file} 恢复到 ${databasePath}（${Date.now() - started} ms）`);
    if (previous) console.log(`  原数据库已保存为 ${previous}`);
    if (migrated.length) console.log(`  备份来自较早的版本，已执行迁移：${migrated.join(', ')}`);
    console.log(describe(summary));
  },
);
