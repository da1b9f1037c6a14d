import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

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
