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
import { Demand } from '../../src/modules/demands/demand.entity';
import { MatchingIndexService } from '../../src/modules/matching/index/matching-index.service';
import { MatchingModule } from '../../src/modules/matching/matching.module';
import { MatchingService } from '../../src/modules/matching/matching.service';
import { syntheticDemands, syntheticTalents } from './synthetic-talents';

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

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] * 10) / 10;
};

/** matchTalents over N synthetic profiles: index build, heap, and latency of demand-length queries. */
async function matchingBench(rows: number, queries: number) {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-bench-'));
  process.env.DATABASE_PATH = join(dir, 'bench.sqlite');
  delete process.env.DATABASE_URL;
  const csv = await writeTable('csv', TALENT_COLUMNS, syntheticTalents(rows), '人才');
  const result: Record<string, number> = { rows };
  await runCli([DataImportModule, MatchingModule], async (app) => {
    await app.get(TalentImportService).import('bench-talents.csv', csv, null);
    const { ms } = await app.get(MatchingIndexService).rebuild();
    global.gc?.();
    result.buildMs = ms;
    // The whole process after the build: index, entries, Nest and the database driver.
    result.heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
    const matching = app.get(MatchingService);
    const latencies: number[] = [];
    for (const [i, q] of syntheticDemands(queries).entries()) {
      const demand = Object.assign(new Demand(), { ...q, id: `bench-${i}`, industryId: '', region: '浙江省嘉兴市', requirements: null });
      const t = performance.now();
      await matching.rankTalents(demand, 10);
      latencies.push(performance.now() - t);
    }
    Object.assign(result, {
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      // Every query is scored exhaustively today (no pruning), so the top 10 is the exhaustive one.
      top10Agreement: 1,
    });
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
  const n10k = await matchingBench(10_000, 100);
  console.log(`matchTalents at 10k: ${JSON.stringify(n10k)}`);
  const n100k = await matchingBench(Number(process.env.BENCH_MATCH_ROWS ?? 100_000), 50);
  console.log(`matchTalents at 100k: ${JSON.stringify(n100k)}`);
  console.log(JSON.stringify({ talentImport, n10k, n100k }));
}

void main();
