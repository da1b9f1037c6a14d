import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { TestApp } from './test-app';

const ROOT = join(__dirname, '..', '..');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts `src/cli/<name>.ts` in its own Node process on a SQLite file, from the TypeScript source
 * so a test never runs a stale build.
 */
export function spawnCli(name: string, args: string[], databasePath: string, env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join('src', 'cli', `${name}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', SCRYPT_COST: '10', LOG_LEVEL: 'silent', DATABASE_PATH: databasePath, DATABASE_URL: '', DATABASE_SCHEMA: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export const runCli = (name: string, args: string[], databasePath: string, env: Record<string, string> = {}): Promise<CliResult> =>
  spawnCli(name, args, databasePath, env).done;

/** Runs a CLI on the database of a running test app: its SQLite file, or its PostgreSQL schema (npm run test:pg). */
export function runCliOn(t: TestApp, name: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const pg: Record<string, string> = t.config.databaseUrl ? { DATABASE_URL: t.config.databaseUrl, DATABASE_SCHEMA: t.config.databaseSchema! } : {};
  return runCli(name, args, t.config.databasePath, { ...pg, ...env });
}

/** A command's stderr without its plain progress lines (src/cli/progress.ts): what is left are errors and warnings. */
export const withoutProgress = (stderr: string): string =>
  stderr
    .split('\n')
    .filter((line) => !/^\S.*：(完成 )?\d+\/\d+ 行[（，]/.test(line))
    .join('\n');
