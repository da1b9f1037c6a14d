import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataImportModule } from '../modules/data-import/data-import.module';
import { DemandImportService } from '../modules/data-import/demand-import.service';
import { TalentImportService } from '../modules/data-import/talent-import.service';
import { parseArgs } from './args';
import { runCli } from './cli-context';

// npm run import -- demands <file> [--list "<榜单名>"] [--sheet "<工作表>"]   |   npm run import -- talents <file> [--sheet "<工作表>"]
const { positional, options } = parseArgs(process.argv.slice(2));
const [kind, path] = positional;
if (!['demands', 'talents'].includes(kind) || !path) {
  console.error('usage: npm run import -- demands <file.csv|.tsv|.txt|.xlsx|.json> [--list "<榜单名>"] [--sheet "<工作表>"]\n       npm run import -- talents <file> [--sheet "<工作表>"]');
  process.exit(2);
}

void runCli([DataImportModule], async (app) => {
  const started = Date.now();
  const data = readFileSync(path);
  const sheet = options.sheet || undefined;
  const report =
    kind === 'demands'
      ? await app.get(DemandImportService).import(basename(path), data, null, { list: options.list, sheet })
      : await app.get(TalentImportService).import(basename(path), data, null, { sheet });
  for (const w of report.warnings) console.warn(`warning: ${w}`);
  console.log(
    `${report.file}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.warnings.length} warnings (${Date.now() - started} ms)`,
  );
});
