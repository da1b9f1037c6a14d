import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DataImportModule } from '../modules/data-import/data-import.module';
import { DemandImportService } from '../modules/data-import/demand-import.service';
import { TalentImportService } from '../modules/data-import/talent-import.service';
import { TaxonomyImportService } from '../modules/data-import/taxonomy-import.service';
import { parseArgs } from './args';
import { cliLanguage, runCli } from './cli-context';
import { INDUSTRY_USAGE, industryOptions } from './industry-options';
import { createProgress } from './progress';

// npm run import -- demands <file> [--list "<榜单名>"] [--sheet "<工作表>"] [--dry-run] [industry options]   |   npm run import -- talents <file> [--sheet "<工作表>"] [--dry-run] [industry options]
// npm run import -- taxonomy <file>
const argv = process.argv.slice(2);
const { positional, options } = parseArgs(argv, ['dry-run']);
const [kind, path] = positional;
let industries: ReturnType<typeof industryOptions> = {};
try {
  industries = industryOptions(argv, options);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
if (!['demands', 'talents', 'taxonomy'].includes(kind) || !path) {
  console.error(
    `usage: npm run import -- demands <file.csv|.tsv|.txt|.xlsx|.json> [--list "<榜单名>"] [--sheet "<工作表>"] [--dry-run] ${INDUSTRY_USAGE}\n       npm run import -- talents <file> [--sheet "<工作表>"] [--dry-run] ${INDUSTRY_USAGE}\n       npm run import -- taxonomy <file>   (columns 名称, 上级, 别名, 编码)`,
  );
  process.exit(2);
}

void runCli([DataImportModule], async (app) => {
  const started = Date.now();
  const data = readFileSync(path);
  const name = basename(path);
  const progress = createProgress(`导入 ${name}`);
  const run = { dryRun: 'dry-run' in options, sheet: options.sheet || undefined, onProgress: progress.update, ...industries };
  const report = await (kind === 'demands'
    ? app.get(DemandImportService).import(name, data, null, { ...run, list: options.list })
    : kind === 'talents'
      ? app.get(TalentImportService).import(name, data, null, run)
      : app.get(TaxonomyImportService).import(name, data, null)
  ).finally(() => progress.stop());
  const { file, created, updated, unchanged, warnings } = report;
  const ms = Date.now() - started;
  const en = cliLanguage() === 'en';
  for (const w of warnings) console.warn(en ? `warning: ${w}` : `警告：${w}`);
  console.log(
    en
      ? `${file}: ${created} created, ${updated} updated, ${unchanged} unchanged, ${warnings.length} warnings (${ms} ms)${report.dryRun ? '; dry run: nothing written' : ''}`
      : `${file}：新增 ${created} 条，更新 ${updated} 条，未变 ${unchanged} 条，警告 ${warnings.length} 条（${ms} ms）${report.dryRun ? '；试运行，未写入任何数据' : ''}`,
  );
});
