import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ADMIN_ENV, Account, loginAdmin } from '../setup/fixtures';
import { createTestApp, TestApp } from '../setup/test-app';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const SEARCH = `query($q: String!, $kind: SearchKind!) { search(query: $q, kind: $kind, page: { limit: 5 }) { items { talent { code } demand { code } } } }`;

/** Searches until `expected` holds or 15 s pass (the poll runs every 100 ms here). */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) if (await check()) return true;
  return false;
}

describe('search index: changes made by other processes become searchable on a running server', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp({ ...ADMIN_ENV, INDEX_POLL_MS: '100' });
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());

  const codes = async (q: string, kind: 'TALENT' | 'DEMAND') =>
    (await admin.gql.ok(SEARCH, { q, kind })).search.items.map((i: { talent?: { code: string }; demand?: { code: string } }) => (kind === 'TALENT' ? i.talent!.code : i.demand!.code));

  // The same database as the server: the SQLite file, or the suite's PostgreSQL schema.
  const cliEnv = () => ({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED: 'false',
    ...(t.config.databaseUrl ? { DATABASE_URL: t.config.databaseUrl, DATABASE_SCHEMA: t.config.databaseSchema! } : { DATABASE_PATH: t.config.databasePath }),
  });
  const importCli = (kind: string, file: string) =>
    run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/import.ts', kind, file], { cwd: ROOT, env: cliEnv(), timeout: 120_000 });

  it('should find talents and demands imported by the CLI without a restart', async () => {
    const dir = resolve(t.config.databasePath, '..');
    const talents = join(dir, 'talents.csv');
    writeFileSync(talents, '人才编号,姓名,工作单位,所在地区,产业领域,研究方向\nPOLL-T1,外部导入,嘉兴学院,浙江省嘉兴市,新材料,碲锌镉晶体生长外部导入\n');
    const demands = join(dir, 'demands.csv');
    writeFileSync(demands, `需求编号,需求名称,发榜单位,所在地区,产业领域,需求描述\nPOLL-D1,锑化铟探测器封装工艺,嘉兴某光电公司,浙江省嘉兴市,新材料,需开发锑化铟红外探测器的低温封装工艺。\n`);
    expect(await codes('碲锌镉晶体', 'TALENT')).toEqual([]);
    await importCli('talents', talents);
    await importCli('demands', demands);
    expect(await eventually(async () => (await codes('碲锌镉晶体', 'TALENT')).includes('POLL-T1'))).toBe(true);
    expect(await eventually(async () => (await codes('锑化铟探测器', 'DEMAND')).includes('POLL-D1'))).toBe(true);
  }, 240_000);

  it('should follow an update and a delete made by another connection', async () => {
    const [row] = await t.dataSource.query(`SELECT id FROM talent WHERE code = 'POLL-T1'`);
    // Another process's write, not the server's: no event announces it.
    await t.dataSource.query(`UPDATE talent SET fields = '["钙钛矿叠层电池外部更新"]' WHERE id = '${row.id}'`);
    expect(await eventually(async () => (await codes('钙钛矿叠层', 'TALENT')).includes('POLL-T1'))).toBe(true);
    expect(await codes('碲锌镉晶体', 'TALENT')).toEqual([]);
    await t.dataSource.query(`DELETE FROM talent WHERE id = '${row.id}'`);
    expect(await eventually(async () => (await codes('钙钛矿叠层', 'TALENT')).length === 0)).toBe(true);
  });
});
