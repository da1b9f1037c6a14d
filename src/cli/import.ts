import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataImportModule } from '../modules/data-import/data-import.module';
import { DemandImportService } from '../modules/data-import/demand-import.service';
import { TalentImportService } from '../modules/data-import/talent-import.service';
import { parseArgs } from './args';
import { cliLanguage, runCli } from './cli-context';

// npm run import -- demands <file> [--list "<榜单名>"]   |   npm run import -- talents <file>
const { positional, options } = parseArgs(process.argv.slice(2));
const [kind, path] = positional;
if (!['demands', 'talents'].includes(kind) || !path) {
  console.error('usage: npm run import -- demands <file.csv|.xlsx|.json> [--list "<榜单名>"]\n       npm run import -- talents <file>');
  process.exit(2);
}

void runCli([DataImportModule], async (app) => {
  const started = Date.now();
  const data = readFileSync(path);
  const report =
    kind === 'demands'
      ? await app.get(DemandImportService).import(basename(path), data, null, { list: options.list })
      : await app.get(TalentImportService).import(basename(path), data, null);
  const { file, created, updated, unchanged, warnings } = report;
  const ms = Date.now() - started;
  const en = cliLanguage() === 'en';
  for (const w of warnings) console.warn(en ? `warning: ${w}` : `警告：${w}`);
  console.log(
    en
      ? `${file}: ${created} created, ${updated} updated, ${unchanged} unchanged, ${warnings.length} warnings (${ms} ms)`
      : `${file}：新增 ${created} 条，更新 ${updated} 条，未变 ${unchanged} 条，警告 ${warnings.length} 条（${ms} ms）`,
  );
});
