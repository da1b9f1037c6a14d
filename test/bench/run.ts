// npm run bench: measured figures, printed with the last line as one JSON object.
// Import: 50,000 synthetic talent rows through the real import path into a fresh SQLite file.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli-context';
import { writeTable } from '../../src/modules/data-export/table-writer';
import { TALENT_COLUMNS } from '../../src/modules/data-import/contract';
import { DataImportModule } from '../../src/modules/data-import/data-import.module';
import { TalentImportService } from '../../src/modules/data-import/talent-import.service';
import { syntheticTalents } from './synthetic-talents';

async function importBench(rows: number) {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-bench-'));
  process.env.DATABASE_PATH = join(dir, 'bench.sqlite');
  delete process.env.DATABASE_URL;
  const csv = await writeTable('csv', TALENT_COLUMNS, syntheticTalents(rows), '人才');
  const result: Record<string, number> = { rows, fileMb: +(csv.length / 1e6).toFixed(1) };
  await runCli([DataImportModule], async (app) => {
    const importer = app.get(TalentImportService);
    let t = performance.now();
    const first = await importer.import('bench-talents.csv', csv, null);
    result.importMs = Math.round(performance.now() - t);
    result.created = first.created;
    t = performance.now();
    const again = await importer.import('bench-talents.csv', csv, null);
    result.reimportMs = Math.round(performance.now() - t);
    result.unchanged = again.unchanged;
    result.heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  });
  rmSync(dir, { recursive: true, force: true });
  return result;
}

async function main() {
  const talentImport = await importBench(Number(process.env.BENCH_IMPORT_ROWS ?? 50_000));
  console.log(
    `talent import: ${talentImport.rows} rows (${talentImport.fileMb} MB CSV) in ${talentImport.importMs} ms; ` +
      `re-import (all unchanged) in ${talentImport.reimportMs} ms; heap ${talentImport.heapMb} MB`,
  );
  console.log(JSON.stringify({ talentImport }));
}

void main();
