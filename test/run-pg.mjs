// Runs the e2e suite against PostgreSQL: DATABASE_URL (default: this machine's local server).
// Each suite creates and drops its own schema, so runs never see each other's data.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' };
const args = ['node_modules/jest/bin/jest.js', '--selectProjects', 'e2e', ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
