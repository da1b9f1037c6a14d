import { writeFileSync } from 'node:fs';
import { TemplatesModule } from '../modules/templates/templates.module';
import { TemplatesService } from '../modules/templates/templates.service';
import { runCli } from './cli-context';

// npm run template -- demands|talents <out.xlsx>: the import template, drop-downs from the configured database's taxonomy.
const [kind, path] = process.argv.slice(2);
if (!['demands', 'talents'].includes(kind) || !path?.toLowerCase().endsWith('.xlsx')) {
  console.error('usage: npm run template -- demands|talents <file.xlsx>');
  process.exit(2);
}

void runCli([TemplatesModule], async (app) => {
  const body = await app.get(TemplatesService).template(kind as 'demands' | 'talents');
  writeFileSync(path, body);
  console.log(`Wrote ${path} (${body.length} bytes)`);
});
