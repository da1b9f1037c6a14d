import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/app-config';
import { BackupError, SqliteSummary } from '../database/sqlite-backup';
import { parseArgs } from './args';

/**
 * backup and restore work on the database file itself, without booting the app (which would open
 * and migrate it). On PostgreSQL they print the pg_dump/pg_restore command and exit 1 instead.
 */
export async function runFileCommand(
  usage: string,
  postgresCommand: (file: string, schema?: string) => string,
  command: (file: string, databasePath: string, options: Record<string, string>) => Promise<void>,
): Promise<void> {
  const { positional, options } = parseArgs(process.argv.slice(2));
  if (positional.length !== 1) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const file = resolve(positional[0]);
  try {
    const config = loadConfig();
    if (config.databaseUrl) {
      console.error(`已设置 DATABASE_URL（PostgreSQL）：本命令只处理 SQLite 文件。请用 PostgreSQL 自带的工具（见 README「PostgreSQL 的备份与恢复」）：\n  ${postgresCommand(file, config.databaseSchema)}`);
      process.exitCode = 1;
      return;
    }
    if (config.databasePath === ':memory:') throw new BackupError('DATABASE_PATH=:memory: 没有可备份或恢复的文件');
    await command(file, config.databasePath, options);
  } catch (e) {
    console.error(e instanceof BackupError || e instanceof ConfigError ? e.message : e);
    process.exitCode = 1;
  }
}

/** Size, migrations and the row count of every table, aligned for a terminal. */
export function describe(s: SqliteSummary): string {
  const width = Math.max(...s.tables.map((t) => t.table.length));
  const rows = s.tables.map((t) => `  ${t.table.padEnd(width)}  ${String(t.rows).padStart(8)} 行`);
  return [`  大小 ${(s.bytes / 1024 / 1024).toFixed(1)} MB，已执行迁移 ${s.migrations.length} 个，完整性检查 ok`, `  ${'表'.padEnd(width - 1)}  ${'行数'.padStart(7)}`, ...rows].join('\n');
}
