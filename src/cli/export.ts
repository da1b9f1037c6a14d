import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DataExportModule } from '../modules/data-export/data-export.module';
import { DataExportService } from '../modules/data-export/data-export.service';
import { parseArgs } from './args';
import { runCli } from './cli-context';
import { createProgress } from './progress';

// npm run export -- demands|talents <file.xlsx|.csv> [--list "<榜单名>"] [--status 已揭榜]
const { positional, options } = parseArgs(process.argv.slice(2));
const [kind, path] = positional;
const format = extname(path ?? '').slice(1).toLowerCase();
if (!['demands', 'talents'].includes(kind) || !['csv', 'xlsx'].includes(format)) {
  console.error('usage: npm run export -- demands|talents <file.xlsx|file.csv> [--list "<榜单名>"] [--status <状态>]');
  process.exit(2);
}

void runCli([DataExportModule], async (app) => {
  const progress = createProgress(`导出 ${path}`);
  const body = await app
    .get(DataExportService)
    .export(kind as 'demands' | 'talents', format as 'csv' | 'xlsx', { ...options, onProgress: progress.update })
    .finally(() => progress.stop());
  writeFileSync(path, body);
  console.log(`Wrote ${path} (${body.length} bytes)`);
});
