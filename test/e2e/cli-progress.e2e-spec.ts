import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCliOn } from '../setup/cli';
import { useAdminApp } from '../setup/fixtures';

/** The plain progress lines of a command's stderr that start with `label`. */
const progressLines = (stderr: string, label: string) => stderr.split('\n').filter((l) => l.startsWith(label));

describe('CLI progress: seed, reindex and export write plain progress lines when stderr is not a terminal', () => {
  const app = useAdminApp();

  it('should report each seed file, the index phases and the exported rows, ending with a final line', async () => {
    const seed = await runCliOn(app.t, 'seed', [], { PROGRESS_INTERVAL_MS: '0' });
    expect(seed.code).toBe(0);
    const seeded = progressLines(seed.stderr, '种子数据 ');
    expect(seeded).toContainEqual(expect.stringMatching(/^种子数据 talents\.csv：完成 (\d+)\/\1 行，\d+ 行\/秒/));
    expect(seeded).toContainEqual(expect.stringMatching(/^种子数据 jiaxing-2022-demands\.csv：完成 (\d+)\/\1 行/));
    const [talents] = await app.t.dataSource.query(`SELECT COUNT(*) AS n FROM talent`);

    const reindex = await runCliOn(app.t, 'reindex', [], { PROGRESS_INTERVAL_MS: '0' });
    expect(reindex.code).toBe(0);
    expect(progressLines(reindex.stderr, '索引 ')).toContainEqual(expect.stringMatching(new RegExp(`^索引 人才：完成 ${talents.n}/${talents.n} 行，\\d+ 行/秒，用时 \\d+\\.\\d 秒$`)));
    expect(progressLines(reindex.stderr, '索引 需求：完成').length).toBe(1);

    const out = join(app.t.config.databasePath, '..', 'talents-out.xlsx');
    const exported = await runCliOn(app.t, 'export', ['talents', out]);
    expect(exported.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(progressLines(exported.stderr, `导出 ${out}：完成 ${talents.n}/${talents.n} 行`)).toHaveLength(1);
  }, 240_000);
});
