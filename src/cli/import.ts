import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataImportModule } from '../modules/data-import/data-import.module';
import { DemandImportService } from '../modules/data-import/demand-import.service';
import { TalentImportService } from '../modules/data-import/talent-import.service';
import { parseArgs } from './args';
import { runCli } from './cli-context';
import { createProgress } from './progress';

// npm run import -- demands <file> [--list "<榜单名>"] [--dry-run]   |   npm run import -- talents <file> [--dry-run]
const { positional, options } = parseArgs(process.argv.slice(2), ['dry-run']);
const [kind, path] = positional;
if (!['demands', 'talents'].includes(kind) || !path) {
  console.error('usage: npm run import -- demands <file.csv|.xlsx|.json> [--list "<榜单名>"] [--dry-run]\n       npm run import -- talents <file> [--dry-run]');
  process.exit(2);
}

void runCli([DataImportModule], async (app) => {
  const started = Date.now();
  const data = readFileSync(path);
  const progress = createProgress(`导入 ${basename(path)}`);
  const run = { dryRun: 'dry-run' in options, onProgress: progress.update };
  const report = await (kind === 'demands'
    ? app.get(DemandImportService).import(basename(path), data, null, { ...run, list: options.list })
    : app.get(TalentImportService).import(basename(path), data, null, run)
  ).finally(() => progress.stop());
  for (const w of report.warnings) console.warn(`warning: ${w}`);
  console.log(
    `${report.file}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.warnings.length} warnings (${Date.now() - started} ms)${report.dryRun ? '；试运行，未写入任何数据 (dry run: nothing written)' : ''}`,
  );
});
