import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/database/migrations';
import { DEMAND_COLUMNS, TALENT_COLUMNS } from '../../src/modules/data-import/contract';
import { futureDate } from '../setup/fixtures';
import { spawnCli, withoutProgress } from '../setup/cli';
import { seededRandom } from '../setup/seeded-random';

// A talent import, a demand import and a seed, each run as the real command in a child process on
// a SQLite file and killed with SIGKILL at random moments (seeded and printed; CRASH_SEED=<n>
// replays a run), some of them while the file is being written. After every kill the database
// passes its checks and holds either none or all of each file; then the same command completes.

const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const TALENT_ROWS = 3000;
// The duplicate check after a demand import searches the index once per new demand: 600 keep it quick.
const DEMAND_ROWS = 600;
const TABLES = ['organization', 'app_user', 'talent', 'demand_list', 'demand', 'bid', 'ledger_entry'];


const csv = (headers: string[], rows: string[][]) => `\uFEFF${[headers, ...rows].map((r) => r.join(',')).join('\r\n')}`;

function talentsCsv(): string {
  const row = (i: number) => {
    const v: Record<string, string> = {
      code: `TK-${String(i).padStart(5, '0')}`,
      name: `测试人才${i}`,
      title: '教授',
      level: '省级',
      institution: `崩溃测试大学${i % 40}`,
      institutionType: '高校',
      region: '浙江省杭州市西湖区',
      industries: '新材料；氢能',
      fields: `第${i}号研究方向：聚酰亚胺薄膜；固态电解质`,
      keywords: '薄膜；电解质',
      achievements: '授权发明专利若干件。',
      bio: '长期从事材料研究。',
      remoteOk: '是',
    };
    return TALENT_COLUMNS.map((c) => v[c.key] ?? '');
  };
  return csv(TALENT_COLUMNS.map((c) => c.header), Array.from({ length: TALENT_ROWS }, (_, i) => row(i)));
}

/** Demands spread over the seed generator's topics: near-identical rows would make the duplicate check quadratic. */
function demandsCsv(): string {
  const topics = readFileSync(join(__dirname, '../../seeds/topics.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('|'));
  const aims = ['中试放大', '良率提升', '国产替代', '降本增效', '产业化应用', '可靠性验证', '工艺优化'];
  const row = (i: number) => {
    const [industry, core, keywords, , , indicator] = topics[i % topics.length];
    const aim = aims[Math.floor(i / topics.length) % aims.length];
    const v: Record<string, string> = {
      code: `DK-${String(i).padStart(5, '0')}`,
      list: '崩溃测试榜单2026',
      title: `${core}${aim}（${i}）`,
      organization: `崩溃测试企业${i % 150}有限公司`,
      region: '浙江省嘉兴市南湖区',
      industry,
      type: '技术攻关',
      description: `围绕${core}开展${aim}，现有工艺难以满足客户要求，需要联合攻关。`,
      indicators: indicator.replace(/,/g, '，'),
      keywords: keywords.replace(/,/g, '；'),
      budget: String(100 + (i % 400)),
      deadline: futureDate(90),
    };
    return DEMAND_COLUMNS.map((c) => v[c.key] ?? '');
  };
  return csv(DEMAND_COLUMNS.map((c) => c.header), Array.from({ length: DEMAND_ROWS }, (_, i) => row(i)));
}

function query<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
const count = (file: string, sql: string) => query<{ n: number }>(file, sql)[0].n;

function snapshot(file: string): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, count(file, `SELECT count(*) AS n FROM ${t}`)]));
}

/** Checks that hold after any kill: the file is sound, and the ledger matches the rows. */
function checkConsistent(file: string): void {
  expect(query(file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  expect(query(file, 'PRAGMA foreign_key_check')).toEqual([]);
  // Every imported demand has its import entry, and no entry names a row that is not there.
  expect(count(file, `SELECT count(*) AS n FROM demand d WHERE NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.entity_id = d.id AND l.action = 'import')`)).toBe(0);
  for (const [type, table] of [['DEMAND', 'demand'], ['BID', 'bid'], ['TALENT', 'talent']]) {
    expect(count(file, `SELECT count(*) AS n FROM ledger_entry l WHERE l.entity_type = '${type}' AND l.entity_id NOT IN (SELECT id FROM ${table})`)).toBe(0);
  }
  expect(count(file, `SELECT count(*) AS n FROM bid b WHERE b.status = 'AWARDED' AND NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.entity_id = b.id)`)).toBe(0);
}

interface Run {
  ms: number;
  /** When the WAL file first passed WRITING bytes: the command was committing its rows. */
  writeAt?: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Without the progress lines. */
  stderr: string;
}

/** Start-up writes a few pages; an import's transaction many more. */
const WRITING = 64 * 1024;

/** Runs the command, killed after `kill` ms or as soon as it writes its rows, and notes when that was. */
async function run(name: string, args: string[], file: string, kill?: number | 'on-write'): Promise<Run> {
  const started = Date.now();
  const { child, done } = spawnCli(name, args, file);
  let writeAt: number | undefined;
  const watch = setInterval(() => {
    if (writeAt !== undefined || !existsSync(`${file}-wal`) || statSync(`${file}-wal`).size < WRITING) return;
    writeAt = Date.now() - started;
    if (kill === 'on-write') child.kill('SIGKILL');
  }, 2);
  const timer = typeof kill === 'number' ? setTimeout(() => child.kill('SIGKILL'), kill) : undefined;
  const result = await done;
  clearInterval(watch);
  clearTimeout(timer);
  return { ...result, stderr: withoutProgress(result.stderr), ms: Date.now() - started, writeAt };
}

describe('SIGKILL during an import or a seed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-crash-'));
  const base = join(dir, 'base.sqlite');
  const files = { talents: join(dir, 'talents.csv'), demands: join(dir, 'demands.csv') };

  beforeAll(async () => {
    // eslint-disable-next-line no-console
    console.log(`crash-safety: CRASH_SEED=${SEED}`);
    writeFileSync(files.talents, talentsCsv());
    writeFileSync(files.demands, demandsCsv());
    const ds = new DataSource({ type: 'better-sqlite3', database: base, migrations: MIGRATIONS });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /**
   * A full run on a copy gives the duration, when the rows are written and the end state. Then
   * kills as the write shows in the WAL, at a random moment around it (start-up, inside the
   * transaction or its commit), and at a random moment after it (later files of a seed, the work
   * after a commit), each followed by the checks; finally the same command runs to the end state.
   */
  async function crashAndRerun(name: string, args: string[], seed: number, allOrNothing: (file: string, before: Record<string, number>, after: Record<string, number>) => void) {
    const next = seededRandom(seed);
    const reference = join(dir, `${name}-reference.sqlite`);
    copyFileSync(base, reference);
    const full = await run(name, args, reference);
    expect(full).toMatchObject({ code: 0, stderr: '' });
    const after = snapshot(reference);
    const db = join(dir, `${name}.sqlite`);
    copyFileSync(base, db);
    const before = snapshot(db);
    expect(full.writeAt).toBeDefined();
    const writeAt = full.writeAt!;
    const moments = ['on-write' as const, Math.round(writeAt - 1500 + next() * 1600), Math.round(writeAt + next() * (full.ms - writeAt))];
    const outcomes: string[] = [];
    let previous = before;
    for (const delay of moments) {
      const killed = await run(name, args, db, delay);
      const state = snapshot(db);
      const grown = TABLES.filter((t) => state[t] !== previous[t]).map((t) => `${t} +${state[t] - previous[t]}`);
      outcomes.push(`${delay}${typeof delay === 'number' ? ' ms' : ''}: ${killed.signal ?? `exit ${killed.code}`}, ${grown.join(' ') || 'no change'}`);
      previous = state;
      checkConsistent(db);
      allOrNothing(db, before, after);
    }
    // eslint-disable-next-line no-console
    console.log(`crash-safety ${name} ${args.join(' ')} (seed ${seed}; full run ${full.ms} ms, writing from ${full.writeAt} ms): ${outcomes.join('; ')}`);
    const rerun = await run(name, args, db);
    expect(rerun).toMatchObject({ code: 0, stderr: '' });
    checkConsistent(db);
    expect(snapshot(db)).toEqual(after);
    return db;
  }

  /** An import is one transaction: the table counts are those before it or those after it. */
  const beforeOrAfter = (file: string, before: Record<string, number>, after: Record<string, number>) => expect([before, after]).toContainEqual(snapshot(file));

  it('should import a talent roster whole or not at all', async () => {
    const db = await crashAndRerun('import', ['talents', files.talents], SEED, beforeOrAfter);
    expect(count(db, `SELECT count(*) AS n FROM talent WHERE code LIKE 'TK-%'`)).toBe(TALENT_ROWS);
  }, 180_000);

  it('should import a demand list whole or not at all', async () => {
    const db = await crashAndRerun('import', ['demands', files.demands], SEED + 1, beforeOrAfter);
    expect(count(db, `SELECT count(*) AS n FROM demand WHERE code LIKE 'DK-%'`)).toBe(DEMAND_ROWS);
    expect(count(db, `SELECT count(*) AS n FROM ledger_entry WHERE action = 'import' AND entity_type = 'DEMAND'`)).toBe(DEMAND_ROWS);
  }, 180_000);

  it('should seed each file whole or not at all, and finish when run again', async () => {
    const reference = join(dir, 'seed-reference.sqlite');
    // The roster, each list with its awarded bids and history, the competing bids: one transaction each.
    const perFile = (file: string) => ({
      roster: count(file, `SELECT count(*) AS n FROM talent WHERE code LIKE 'T-0%'`),
      competing: count(file, `SELECT count(*) AS n FROM bid WHERE status <> 'AWARDED'`),
      lists: new Map(query<{ name: string; n: number }>(file, `SELECT l.name, count(d.id) AS n FROM demand_list l LEFT JOIN demand d ON d.list_id = l.id GROUP BY l.name`).map((r) => [r.name, r.n])),
    });
    await crashAndRerun('seed', [], SEED + 2, (file) => {
      const [state, full] = [perFile(file), perFile(reference)];
      expect([0, full.roster]).toContain(state.roster);
      expect([0, full.competing]).toContain(state.competing);
      for (const [list, n] of state.lists) expect([0, full.lists.get(list)]).toContain(n);
    });
  }, 180_000);
});
