import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useAdminApp } from '../setup/fixtures';
import { runCliOn } from '../setup/cli';
import type { TestApp } from '../setup/test-app';

const FIXTURES = join(__dirname, '../fixtures/import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const file = (name: string, data: Buffer) => ({ file: { name, contentBase64: data.toString('base64') } });
const REPORT = 'file dryRun created updated unchanged warnings';
const IMPORT_DEMANDS = `mutation($file: ImportFileInput!, $dryRun: Boolean) { importDemands(file: $file, dryRun: $dryRun) { ${REPORT} } }`;
const IMPORT_TALENTS = `mutation($file: ImportFileInput!, $dryRun: Boolean) { importTalents(file: $file, dryRun: $dryRun) { ${REPORT} } }`;
const figures = ({ created, updated, unchanged, warnings }: Record<string, unknown>) => ({ created, updated, unchanged, warnings });

/** Rows in every table of the database, the migrations' bookkeeping included. */
async function everyTableCount(t: TestApp): Promise<Record<string, number>> {
  const tables: { name: string }[] = t.config.databaseUrl
    ? await t.dataSource.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
    : await t.dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  const out: Record<string, number> = {};
  for (const { name } of tables) out[name] = Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM "${name}"`))[0].n);
  return out;
}

describe('dry run: a whole file checked, what would change reported, nothing written', () => {
  const app = useAdminApp();

  /** A dry run then the real import of the same file: the dry run writes nothing and predicts the real one. */
  async function dryThenReal(query: string, name: string, data: Buffer, field: 'importDemands' | 'importTalents') {
    const before = await everyTableCount(app.t);
    const dry = (await app.admin.gql.ok(query, { ...file(name, data), dryRun: true }))[field];
    expect(await everyTableCount(app.t)).toEqual(before);
    const real = (await app.admin.gql.ok(query, file(name, data)))[field];
    expect(dry.dryRun).toBe(true);
    expect(real.dryRun).toBe(false);
    expect(figures(dry)).toEqual(figures(real));
    return { dry, real, before };
  }

  it('should count new talents and demands with their history without writing a row, a ledger entry or a search entry', async () => {
    const talents = await dryThenReal(IMPORT_TALENTS, 'talents.csv', fixture('talents.csv'), 'importTalents');
    expect(talents.dry).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const demands = await dryThenReal(IMPORT_DEMANDS, 'demands.csv', fixture('demands.csv'), 'importDemands');
    expect(demands.dry).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    const after = await everyTableCount(app.t);
    expect(after.demand - demands.before.demand).toBe(4);
    expect(after.ledger_entry).toBeGreaterThan(demands.before.ledger_entry);
  });

  it('should predict updates and unchanged rows, leaving the stored values as they were', async () => {
    const changed = fixture('demands.csv').toString('utf8').replace('碳化硅外延片缺陷密度控制', '碳化硅外延片缺陷密度控制（试运行）');
    const before = await everyTableCount(app.t);
    const dry = (await app.admin.gql.ok(IMPORT_DEMANDS, { ...file('demands-v2.csv', Buffer.from(changed)), dryRun: true })).importDemands;
    expect(dry).toMatchObject({ dryRun: true, created: 0, updated: 1, unchanged: 3 });
    expect(await everyTableCount(app.t)).toEqual(before);
    const stored = await app.admin.gql.ok(`{ demand(code: "TJX-001") { title history { action } } search(query: "试运行", kind: DEMAND) { totalCount } }`);
    expect(stored.demand.title).toBe('碳化硅外延片缺陷密度控制');
    expect(stored.search.totalCount).toBe(0);
    const real = (await app.admin.gql.ok(IMPORT_DEMANDS, file('demands-v2.csv', Buffer.from(changed)))).importDemands;
    expect(figures(real)).toEqual(figures(dry));
  });

  it('should report the same problems as the real import for a broken file', async () => {
    const before = await everyTableCount(app.t);
    const dry = await app.admin.gql.fails(IMPORT_DEMANDS, { ...file('demands-broken.csv', fixture('demands-broken.csv')), dryRun: true });
    const real = await app.admin.gql.fails(IMPORT_DEMANDS, file('demands-broken.csv', fixture('demands-broken.csv')));
    expect(dry.code).toBe('BAD_USER_INPUT');
    expect(dry.extensions.problems).toEqual(real.extensions.problems);
    expect(await everyTableCount(app.t)).toEqual(before);
  });

  it('should dry-run from the CLI with --dry-run and show plain progress lines when stderr is not a terminal', async () => {
    const path = join(app.t.config.databasePath, '..', 'roster.csv');
    const rows = Array.from({ length: 120 }, (_, i) => `CLI-T${String(i).padStart(3, '0')},试运行${i},嘉兴学院,浙江省嘉兴市,新材料,碳纤维复合材料${i}`);
    writeFileSync(path, ['人才编号,姓名,工作单位,所在地区,产业领域,研究方向', ...rows].join('\n'));
    const before = await everyTableCount(app.t);

    const dry = await runCliOn(app.t, 'import', ['talents', '--dry-run', path], { PROGRESS_INTERVAL_MS: '0' });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('roster.csv：新增 120 条，更新 0 条，未变 0 条');
    expect(dry.stdout).toContain('试运行，未写入任何数据');
    const lines = dry.stderr.split('\n').filter((l) => l.startsWith('导入 roster.csv：'));
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toMatch(/^导入 roster\.csv：\d+\/120 行（\d+%），\d+ 行\/秒$/);
    expect(lines.at(-1)).toMatch(/^导入 roster\.csv：完成 120\/120 行，\d+ 行\/秒，用时 \d+\.\d 秒$/);
    expect(dry.stderr).not.toContain('\u001b['); // no terminal escapes in a log
    expect(await everyTableCount(app.t)).toEqual(before);

    const real = await runCliOn(app.t, 'import', ['talents', path]);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('roster.csv：新增 120 条');
    expect(real.stdout).not.toContain('dry run');
    // The default interval (2 s) leaves at least the final line.
    expect(real.stderr).toMatch(/导入 roster\.csv：完成 120\/120 行/);
    expect((await everyTableCount(app.t)).talent).toBe(before.talent + 120);
  }, 120_000);
});
