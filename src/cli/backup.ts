import { backup } from '../database/sqlite-backup';
import { describe, runFileCommand } from './database-file-command';

// npm run backup -- <file> [--force]: an online copy of the SQLite database (the server may keep running).
void runFileCommand(
  'npm run backup -- <file> [--force]',
  (file, schema) => `pg_dump --format=custom --no-owner --no-privileges${schema ? ` --schema=${schema}` : ''} --file=${file} "$DATABASE_URL"`,
  async (file, databasePath, options) => {
    const started = Date.now();
    const summary = await backup(databasePath, file, 'force' in options);
    console.log(`已备份 ${databasePath} → ${file}（${Date.now() - started} ms）\n${describe(summary)}`);
  },
);
