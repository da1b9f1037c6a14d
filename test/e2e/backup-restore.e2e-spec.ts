import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/database/migrations';
import { ADMIN_ENV, LOGIN, loginAdmin, registerResearcher } from '../setup/fixtures';
import { runCli } from '../setup/cli';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

// npm run backup / restore on a real SQLite file: an online backup of a seeded database while the
// app serves reads and writes, then changes, a restore, and the app booted on the restored file.

const TALENTS = `{ talents { totalCount } }`;
const IMPORT_TALENTS = `mutation($file: ImportFileInput!) { importTalents(file: $file) { created } }`;
const SAMPLE = readFileSync(join(__dirname, '../../seeds/samples/talents-sample.csv'));

const rows = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

async function copyOf(file: string, copy: string): Promise<void> {
  const source = new Database(file, { readonly: true });
  await source.backup(copy);
  source.close();
}

describe('npm run backup and restore (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-backup-'));
  const db = join(dir, 'jiebang.sqlite');
  const backupFile = join(dir, 'backups', 'jiebang-backup.sqlite');
  // SQLite even when the suite runs on PostgreSQL (npm run test:pg): these commands are about the file.
  const boot = () => createTestApp({ ...ADMIN_ENV, DATABASE_URL: '', DATABASE_PATH: db });
  let t: TestApp;
  // Researchers registered during the backup add users and talents: the backup holds some of them.
  const atBackup = { talents: 0, users: 0 };

  beforeAll(async () => {
    t = await createTestApp({ ...ADMIN_ENV, SEED: 'true', DATABASE_URL: '', DATABASE_PATH: db });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should back up while the app serves reads and writes, and check the copy', async () => {
    const anon = new Gql(t.app);
    const usersBefore = rows(db, 'app_user');
    let serving = true;
    const traffic = (async () => {
      let registered = 0;
      while (serving) {
        await registerResearcher(t);
        expect((await anon.ok(TALENTS)).talents.totalCount).toBeGreaterThan(2000);
        registered++;
      }
      return registered;
    })();
    const result = await runCli('backup', [backupFile], db);
    serving = false;
    const registered = await traffic;
    expect(registered).toBeGreaterThan(0);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`已备份 ${db} → ${backupFile}`);
    expect(result.stdout).toContain('完整性检查 ok');
    expect(result.stdout).toMatch(/demand\s+485 行/);
    // One self-contained file, a snapshot of some moment during the traffic.
    expect(existsSync(`${backupFile}-wal`)).toBe(false);
    atBackup.users = rows(backupFile, 'app_user');
    atBackup.talents = rows(backupFile, 'talent');
    expect(atBackup.users).toBeGreaterThanOrEqual(usersBefore);
    expect(atBackup.users).toBeLessThanOrEqual(usersBefore + registered);
    // Each researcher has a talent profile, written in the same transaction as the account.
    expect(atBackup.talents - 2001).toBe(atBackup.users - usersBefore);
  }, 60_000);

  it('should refuse to overwrite a backup unless --force', async () => {
    const again = await runCli('backup', [backupFile], db);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('备份文件已存在');
    const forced = join(dir, 'forced.sqlite');
    writeFileSync(forced, 'old');
    expect((await runCli('backup', [forced, '--force'], db)).code).toBe(0);
    expect(rows(forced, 'talent')).toBe(rows(db, 'talent'));
  }, 60_000);

  it('should refuse to restore while the app has the database open', async () => {
    const result = await runCli('restore', [backupFile], db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('数据库正在使用中');
    expect(existsSync(`${db}.before-restore`)).toBe(false);
  }, 60_000);

  it('should restore the data as at backup time, keep the replaced database, and serve it over HTTP', async () => {
    const admin = await loginAdmin(t);
    expect((await admin.gql.ok(IMPORT_TALENTS, { file: { name: 'talents-sample.csv', contentBase64: SAMPLE.toString('base64') } })).importTalents.created).toBeGreaterThan(0);
    const late = await registerResearcher(t, { email: 'after-backup@example.cn' });
    expect(late.userId).toBeDefined();
    const changedTalents = (await new Gql(t.app).ok(TALENTS)).talents.totalCount;
    await t.close();

    const result = await runCli('restore', [backupFile], db);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`原数据库已保存为 ${db}.before-restore`);
    expect(result.stdout).not.toContain('已执行迁移：');
    expect(rows(`${db}.before-restore`, 'talent')).toBe(changedTalents);

    t = await boot();
    const anon = new Gql(t.app);
    expect((await anon.ok(TALENTS)).talents.totalCount).toBe(atBackup.talents);
    expect(rows(db, 'app_user')).toBe(atBackup.users);
    expect((await anon.fails(LOGIN, { email: 'after-backup@example.cn', password: 'password-123' })).code).toBe('UNAUTHENTICATED');
    expect((await loginAdmin(t)).userId).toBeDefined();
  }, 60_000);

  it('should bring a backup from an older version up to the current migrations', async () => {
    const older = join(dir, 'older.sqlite');
    await copyOf(db, older);
    const ds = new DataSource({ type: 'better-sqlite3', database: older, migrations: MIGRATIONS });
    await ds.initialize();
    await ds.undoLastMigration();
    await ds.destroy();
    await t.close();
    const result = await runCli('restore', [older], db);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`已执行迁移：${new MIGRATIONS[MIGRATIONS.length - 1]().name}`);
    expect(rows(db, 'migrations')).toBe(MIGRATIONS.length);
    t = await boot();
    expect((await new Gql(t.app).ok(TALENTS)).talents.totalCount).toBe(atBackup.talents);
  }, 60_000);

  it('should refuse a file that is no database, and a backup from a newer version, leaving the database as it was', async () => {
    await t.close();
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all');
    const notDb = await runCli('restore', [junk], db);
    expect(notDb.code).toBe(1);
    expect(notDb.stderr).toContain('不是 SQLite 数据库');

    const newer = join(dir, 'newer.sqlite');
    await copyOf(db, newer);
    const n = new Database(newer);
    n.prepare(`INSERT INTO migrations (timestamp, name) VALUES (?, ?)`).run(9_999_999_999_999, 'FromTheFuture9999999999999');
    n.close();
    const refused = await runCli('restore', [newer], db);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('备份来自更新的版本');
    expect(refused.stderr).toContain('FromTheFuture9999999999999');
    t = await boot();
    expect((await new Gql(t.app).ok(TALENTS)).talents.totalCount).toBe(atBackup.talents);
  }, 60_000);

  it('should print the pg_dump and pg_restore commands and exit 1 when DATABASE_URL is set', async () => {
    const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };
    const dump = await runCli('backup', ['jiebang.dump'], db, env);
    expect(dump.code).toBe(1);
    expect(dump.stderr).toContain('pg_dump --format=custom');
    const back = await runCli('restore', ['jiebang.dump'], db, env);
    expect(back.code).toBe(1);
    expect(back.stderr).toContain('pg_restore --clean --if-exists');
  }, 60_000);
});
