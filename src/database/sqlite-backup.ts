import Database from 'better-sqlite3';
import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

// Online backup and restore of the SQLite database. Both write a temp file next to the target and
// rename it into place, so a killed command leaves either the old file or the complete new one
// (and at worst a stray <file>.partial-<pid> to delete).

export class BackupError extends Error {}

export interface TableCount {
  table: string;
  rows: number;
}

export interface SqliteSummary {
  bytes: number;
  tables: TableCount[];
  /** Applied migrations, by name, in the order they ran. */
  migrations: string[];
}

/** TypeORM's default table of applied migrations. */
const MIGRATIONS_TABLE = 'migrations';
const KNOWN_MIGRATIONS = MIGRATIONS.map((M) => new M().name ?? M.name);

function tempFor(file: string): string {
  mkdirSync(dirname(file), { recursive: true });
  return `${file}.partial-${process.pid}`;
}

function open(file: string, readonly: boolean): Database.Database {
  if (!existsSync(file)) throw new BackupError(`文件不存在：${file}`);
  try {
    const db = new Database(file, { readonly, fileMustExist: true, timeout: 10_000 });
    db.pragma('schema_version'); // reads the header: fails here on a file that is no database
    return db;
  } catch (e) {
    throw new BackupError(`不是 SQLite 数据库：${file}（${(e as Error).message}）`);
  }
}

/** Integrity, tables with their row counts, and applied migrations of a database file. */
export function inspect(file: string): SqliteSummary {
  const db = open(file, true);
  try {
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (problems.join() !== 'ok') throw new BackupError(`完整性检查未通过：${file}\n  ${problems.slice(0, 10).join('\n  ')}`);
    const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    const tables = names.map((table) => ({ table, rows: (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n }));
    const migrations = names.includes(MIGRATIONS_TABLE)
      ? (db.prepare(`SELECT name FROM "${MIGRATIONS_TABLE}" ORDER BY id`).all() as { name: string }[]).map((r) => r.name)
      : [];
    return { bytes: statSync(file).size, tables, migrations };
  } finally {
    db.close();
  }
}

/**
 * Copies `source` to a single self-contained file with SQLite's online backup API (a consistent
 * snapshot while the server keeps reading and writing), checks the copy, then renames it to `target`.
 */
export async function backup(source: string, target: string, force: boolean): Promise<SqliteSummary> {
  if (source === target) throw new BackupError(`备份文件不能是数据库本身：${target}`);
  if (existsSync(target) && !force) throw new BackupError(`备份文件已存在：${target}（加 --force 覆盖）`);
  const temp = tempFor(target);
  const db = open(source, true);
  try {
    await snapshot(db, temp);
  } finally {
    db.close();
  }
  return finish(temp, target);
}

/**
 * All remaining pages in one step, inside one read transaction: copied 100 pages a step (the
 * default), a write by the server between two steps restarts the copy, over and over on a busy
 * server. In WAL mode the reader does not hold up the server's writes.
 */
const snapshot = (db: Database.Database, file: string) => db.backup(file, { progress: () => 0x7fffffff });

/** The copy leaves WAL mode, so the one file holds everything, and must pass the checks before it is renamed. */
function finish(temp: string, target: string): SqliteSummary {
  try {
    const db = new Database(temp, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    db.close();
    const summary = inspect(temp);
    renameSync(temp, target);
    return summary;
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

export interface RestoreResult {
  summary: SqliteSummary;
  /** Migrations the backup lacked, run on the restored copy before it replaced the database. */
  migrated: string[];
  /** Where the replaced database was kept, if there was one. */
  previous?: string;
}

/**
 * Replaces `target` with the backup: checks the backup, copies it to a temp file, brings it to the
 * current schema (an older backup gets the missing migrations; a newer one is refused), keeps the
 * current database as `<target>.before-restore`, then renames the copy into place.
 */
export async function restore(file: string, target: string): Promise<RestoreResult> {
  if (file === target) throw new BackupError(`备份文件不能是数据库本身：${file}`);
  const checked = inspect(file);
  if (!checked.tables.some((t) => t.table === MIGRATIONS_TABLE)) throw new BackupError(`不是 Jiebang 的备份：${file} 没有 ${MIGRATIONS_TABLE} 表`);
  const unknown = checked.migrations.filter((m) => !KNOWN_MIGRATIONS.includes(m));
  if (unknown.length) throw new BackupError(`备份来自更新的版本（本版本没有这些迁移：${unknown.join(', ')}），请先升级再恢复`);
  const current = existsSync(target) ? takeOver(target) : undefined;
  const temp = tempFor(target);
  try {
    const source = open(file, true);
    try {
      await snapshot(source, temp);
    } finally {
      source.close();
    }
    const migrated = await migrate(temp);
    let previous: string | undefined;
    if (current) {
      previous = `${target}.before-restore`;
      copyFileSync(target, previous, constants.COPYFILE_FICLONE);
    }
    const summary = finish(temp, target);
    return { summary, migrated, previous };
  } finally {
    rmSync(temp, { force: true });
    current?.close();
  }
}

/**
 * Leaving WAL mode needs the only connection to the file: it fails while a server (or another
 * command) has the database open. Then the main file holds everything and no stale -wal is left
 * to be replayed onto the restored file. The exclusive lock is held until the swap is done.
 */
function takeOver(target: string): Database.Database {
  const db = open(target, false);
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new Error(`journal_mode is still ${mode}`);
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return db;
  } catch (e) {
    db.close();
    throw new BackupError(`数据库正在使用中：${target}，请先停止服务（及其他命令）再恢复（${(e as Error).message}）`);
  }
}

async function migrate(file: string): Promise<string[]> {
  const ds = new DataSource({ type: 'better-sqlite3', database: file, migrations: MIGRATIONS, migrationsTransactionMode: 'each', logging: ['error'] });
  await ds.initialize();
  try {
    return (await ds.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
