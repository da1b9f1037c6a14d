// The evaluation harness end to end: the dev set through the real import code and the real
// matchTalents ranking, in a child process exactly as `npm run eval:match -- --dir` runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('npm run eval:match -- --dir test/fixtures/eval-dev', () => {
  it('ranks the development set at the issue’s targets and ends with one JSON line', () => {
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/eval-match.ts', '--dir', 'test/fixtures/eval-dev'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
    });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => /^DEV-D-\d{3} {2}nDCG@10/.test(l))).toHaveLength(30);
    const result = JSON.parse(lines[lines.length - 1]);
    expect(result.ndcg10).toBeGreaterThanOrEqual(0.75);
    expect(result.recall10).toBeGreaterThanOrEqual(0.8);
    expect(result.mrr).toBeGreaterThanOrEqual(0.8);
    expect(result.ndcg10).toBeGreaterThanOrEqual(1.8 * result.baselines.fts5Trigram.ndcg10);
    expect(result.baselines.minisearchDefault.ndcg10).toBeGreaterThan(0);
  });
});
