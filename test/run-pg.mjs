// Runs the e2e suite against PostgreSQL: DATABASE_URL (default: this machine's local server).
// Each suite creates and drops its own schema, so runs never see each other's data.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' };
// --selectProjects takes every word after it as a project name: the caller's spec paths go first.
const args = ['node_modules/jest/bin/jest.js', ...process.argv.slice(2), '--selectProjects', 'e2e'];
const result = spawnSync(process.execPath, args, { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
