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
import { MatchingIndexService, talentDocument } from '../../src/modules/matching/index/matching-index.service';
import { MiniSearchIndex } from '../../src/modules/matching/index/minisearch-index';
import { TALENT_FIELDS } from '../../src/modules/matching/weights';
import { chunks } from '../../src/database/batch';
import { MatchingModule } from '../../src/modules/matching/matching.module';
import { MatchingService } from '../../src/modules/matching/matching.service';
import { syntheticDemands, syntheticTalents } from './synthetic-talents';
import { repeated, workbookEntries, zipArchive } from '../setup/zip-files';
import { consoleLoadBench } from './console-load';

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
  // Files of 20,000 rows: a 100k roster in one CSV (49 MB) is over IMPORT_MAX_FILE_BYTES.
  const files = await Promise.all(chunks(syntheticTalents(rows), 20_000).map((part) => writeTable('csv', TALENT_COLUMNS, part, '人才')));
  const result: Record<string, number> = { rows };
  await runCli([DataImportModule, MatchingModule], async (app) => {
    for (const [i, csv] of files.entries()) await app.get(TalentImportService).import(`bench-talents-${i + 1}.csv`, csv, null);
    const { ms } = await app.get(MatchingIndexService).rebuild();
    global.gc?.();
    result.buildMs = ms;
    // The whole process after the build: index, entries, Nest and the database driver.
    result.heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
    const matching = app.get(MatchingService);
    const demands = syntheticDemands(queries).map((q, i) =>
      Object.assign(new Demand(), { ...q, id: `bench-${i}`, industryId: '', region: '浙江省嘉兴市', requirements: null }),
    );
    const latencies: number[] = [];
    const tops: string[][] = [];
    for (const demand of demands) {
      const t = performance.now();
      const top = await matching.rankTalents(demand, 10);
      latencies.push(performance.now() - t);
      tops.push(top.map((m) => m.talent.id));
    }
    Object.assign(result, { p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), p99Ms: percentile(latencies, 99) });
    // The reference: the same ranking with MiniSearch, which scores every query term of every document.
    const index = app.get(MatchingIndexService);
    const reference = new MiniSearchIndex(TALENT_FIELDS, (text) => index.analyzer.tokens(text));
    for (const part of chunks([...index.talentEntries.values()], 5000)) reference.upsert(part.map(({ talent }) => talentDocument(talent)));
    index.talents = reference;
    let agreement = 0;
    for (const [i, demand] of demands.entries()) {
      const exhaustive = new Set((await matching.rankTalents(demand, 10)).map((m) => m.talent.id));
      agreement += tops[i].filter((id) => exhaustive.has(id)).length / Math.max(1, exhaustive.size);
    }
    result.top10Agreement = +(agreement / demands.length).toFixed(3);
  });
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/**
 * Import limits: a 1 MB XLSX that inflates to 1 GB refused (time, memory growth), and the longest
 * event-loop stall while 20,000 rows are read and validated (the file is refused at its last row)
 * and while they are imported in full (the transaction and the search index included).
 */
async function importLimitsBench() {
  const dir = mkdtempSync(join(tmpdir(), 'jiebang-bench-'));
  process.env.DATABASE_PATH = join(dir, 'bench.sqlite');
  delete process.env.DATABASE_URL;
  const bomb = await zipArchive(workbookEntries(repeated(1024)));
  const rows = syntheticTalents(20_000);
  const valid = await writeTable('xlsx', TALENT_COLUMNS, rows, '人才');
  const invalid = await writeTable('xlsx', TALENT_COLUMNS, [...rows, { ...rows[0], code: 'B-LAST', name: '' }], '人才');
  const result: Record<string, number> = { bombMb: +(bomb.length / 1e6).toFixed(2) };
  await runCli([DataImportModule, MatchingModule], async (app) => {
    const importer = app.get(TalentImportService);
    // The longest gap between two ticks of a 10 ms timer: how long a request could have waited.
    const stall = async (data: Buffer) => {
      let last = performance.now();
      let max = 0;
      const timer = setInterval(() => {
        max = Math.max(max, performance.now() - last);
        last = performance.now();
      }, 10);
      await importer.import('bench.xlsx', data, null).catch(() => undefined);
      clearInterval(timer);
      return Math.round(Math.max(max, performance.now() - last));
    };
    global.gc?.();
    const rss = process.memoryUsage().rss;
    const t = performance.now();
    await importer.import('bomb.xlsx', bomb, null).catch(() => undefined);
    result.bombRefusedMs = Math.round(performance.now() - t);
    result.bombRssGrowthMb = Math.round((process.memoryUsage().rss - rss) / 1e6);
    result.readAndValidateMaxStallMs = await stall(invalid);
    result.fullImportMaxStallMs = await stall(valid);
  });
  rmSync(dir, { recursive: true, force: true });
  return result;
}

async function main() {
  // First, while nothing else has warmed the machine: the dashboard's first load in Chromium.
  const consoleLoad = await consoleLoadBench();
  console.log(`console load (dashboard, signed in, until its charts are drawn): ${JSON.stringify(consoleLoad)}`);
  const importLimits = await importLimitsBench();
  console.log(`import limits: ${JSON.stringify(importLimits)}`);
  const talentImport = await importBench(Number(process.env.BENCH_IMPORT_ROWS ?? 50_000));
  console.log(
    `talent import: ${talentImport.rows} rows (${talentImport.fileMb} MB CSV) in ${talentImport.importMs} ms; ` +
      `re-import (all unchanged) in ${talentImport.reimportMs} ms; heap ${talentImport.heapMb} MB`,
  );
  const n10k = await matchingBench(10_000, 100);
  console.log(`matchTalents at 10k: ${JSON.stringify(n10k)}`);
  const n100k = await matchingBench(Number(process.env.BENCH_MATCH_ROWS ?? 100_000), 50);
  console.log(`matchTalents at 100k: ${JSON.stringify(n100k)}`);
  console.log(JSON.stringify({ consoleLoad, importLimits, talentImport, n10k, n100k }));
}

void main();
