// The evaluation harness end to end: each labelled set through the real import code and the real
// matchTalents ranking, in a child process exactly as `npm run eval:match -- --dir` runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function evalMatch(dir: string) {
  const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/cli/eval-match.ts', '--dir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json') },
  });
  expect(run.stderr).not.toMatch(/Error/);
  expect(run.status).toBe(0);
  const lines = run.stdout.trim().split('\n');
  return { lines, result: JSON.parse(lines[lines.length - 1]) };
}

describe('npm run eval:match', () => {
  it('ranks the development set at the issues’ targets, scores it with calibrated strengths, and ends with one JSON line', () => {
    const { lines, result } = evalMatch('test/fixtures/eval-dev');
    expect(lines.filter((l) => /^DEV-D-\d{3} {2}nDCG@10/.test(l))).toHaveLength(30);
    expect(result.ndcg10).toBeGreaterThanOrEqual(0.776);
    expect(result.recall10).toBeGreaterThanOrEqual(0.836);
    expect(result.mrr).toBeGreaterThanOrEqual(0.864);
    expect(result.ndcg10).toBeGreaterThanOrEqual(1.8 * result.baselines.fts5Trigram.ndcg10);
    expect(result.baselines.minisearchDefault.ndcg10).toBeGreaterThan(0);
    expect(result.calibration.strongPrecision).toBeGreaterThanOrEqual(0.8);
    expect(result.calibration.relevantAtLeastModerate).toBeGreaterThanOrEqual(0.8);
    expect(result.calibration.falseStrongWhenNone).toBeLessThanOrEqual(0.1);
  });

  it('holds on the second labelled set, built from other public text and never used to set a threshold', () => {
    const { lines, result } = evalMatch('test/fixtures/eval-set2');
    expect(lines.filter((l) => /^S2-D-\d{3} {2}nDCG@10/.test(l))).toHaveLength(30);
    expect(result.ndcg10).toBeGreaterThanOrEqual(0.85);
    expect(result.ndcg10).toBeGreaterThan(result.baselines.fts5Trigram.ndcg10);
    expect(result.calibration.strongPrecision).toBeGreaterThanOrEqual(0.8);
    expect(result.calibration.relevantAtLeastModerate).toBeGreaterThanOrEqual(0.8);
    expect(result.calibration.falseStrongWhenNone).toBeLessThanOrEqual(0.1);
  });
});
