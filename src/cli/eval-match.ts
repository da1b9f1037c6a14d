import { INestApplicationContext } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, In } from 'typeorm';
import { BidStatus } from '../modules/bids/bid-lifecycle';
import { Bid } from '../modules/bids/bid.entity';
import { DataImportModule } from '../modules/data-import/data-import.module';
import { ImportOptions } from '../modules/data-import/import-options';
import { DemandImportService } from '../modules/data-import/demand-import.service';
import { TalentImportService } from '../modules/data-import/talent-import.service';
import { DemandStatus } from '../modules/demands/demand-lifecycle';
import { Demand } from '../modules/demands/demand.entity';
import { IndustriesService } from '../modules/industries/industries.service';
import { fts5Trigram, miniSearchDefault } from '../modules/matching/evaluation/baselines';
import { readLabelledSet } from '../modules/matching/evaluation/labelled-set';
import { evaluate, Grades, mean, Metrics } from '../modules/matching/evaluation/metrics';
import { MatchingIndexService } from '../modules/matching/index/matching-index.service';
import { MatchingModule } from '../modules/matching/matching.module';
import { MatchingService } from '../modules/matching/matching.service';
import { STRENGTH_NAMES } from '../modules/matching/scoring/match-score';
import { CalibrationTally } from '../modules/matching/evaluation/calibration';
import { TALENT_FIELDS } from '../modules/matching/weights';
import { Talent } from '../modules/talents/talent.entity';
import { parseArgs } from './args';
import { runCli } from './cli-context';

// npm run eval:match -- --dir <folder>   labelled set: ours vs. two baselines, JSON on the last line
//                                        (industries the set names and the taxonomy lacks are created, and listed)
// npm run eval:match -- --history        the configured database's taken demands: the winner's rank
const { options } = parseArgs(process.argv.slice(2));
const f3 = (m: Metrics) => `nDCG@10 ${m.ndcg10.toFixed(3)}  Recall@10 ${m.recall10.toFixed(3)}  MRR ${m.mrr.toFixed(3)}`;
const queryText = (d: Demand) => [d.title, d.keywords.join('；'), d.description, d.indicators ?? ''].join('\n');

async function labelled(app: INestApplicationContext, dir: string): Promise<void> {
  const set = await readLabelledSet(dir);
  // Whatever industries the set names: those the taxonomy lacks are created (the import's CREATE mode).
  const known = new Set(app.get(IndustriesService).list(true).map((i) => i.id));
  const create: ImportOptions = { newIndustries: { mode: 'CREATE' } };
  for (const t of set.talents) await app.get(TalentImportService).import(t.name, t.data, null, create);
  await app.get(DemandImportService).import(set.demands.name, set.demands.data, null, create);
  const created = app.get(IndustriesService).list(true).filter((i) => !known.has(i.id));
  if (created.length) console.log(`created ${created.length} industries the taxonomy lacked: ${created.map((i) => i.name).join('、')}`);
  await app.get(MatchingIndexService).rebuild();
  const ds = app.get(DataSource);
  const talents = await ds.getRepository(Talent).find();
  const codeOf = new Map(talents.map((t) => [t.id, t.code]));
  const demands = (await ds.getRepository(Demand).find({ order: { code: 'ASC' } })).filter((d) => set.labels.has(d.code));
  const docs = talents.map((t) => ({
    id: t.code,
    text: { fields: t.fields.join('；'), keywords: t.keywords.join('；'), achievements: t.achievements ?? '', bio: t.bio ?? '' },
  }));
  const defaultMs = miniSearchDefault(docs, TALENT_FIELDS);
  const fts = fts5Trigram(docs);
  const ours: Metrics[] = [];
  const trust = new CalibrationTally();
  const msd: Metrics[] = [];
  const fts5: Metrics[] = [];
  for (const d of demands) {
    const grades = set.labels.get(d.code)!;
    const matches = await app.get(MatchingService).rankTalents(d, 50);
    const ranking = matches.map((m) => codeOf.get(m.talent.id)!);
    const m = evaluate(ranking, grades);
    // Every demand in turn, ranked again without its labelled talents: is the top still STRONG?
    const labelled = new Set(talents.filter((t) => (grades.get(t.code) ?? 0) > 0).map((t) => t.id));
    const [firstWithout] = await app.get(MatchingService).rankTalents(d, 1, { exclude: labelled });
    trust.add(matches.map((x) => ({ code: codeOf.get(x.talent.id)!, strength: x.strength })), grades, firstWithout?.strength);
    ours.push(m);
    msd.push(evaluate(defaultMs(queryText(d)), grades));
    fts5.push(evaluate(fts.rank(queryText(d)), grades));
    const ranks = [...grades].sort((a, b) => b[1] - a[1]).map(([code, g]) => `${code}:${g}→${ranking.indexOf(code) + 1 || '-'}`);
    const bands = matches.slice(0, 10).map((x) => `${STRENGTH_NAMES[x.strength]}${x.score.toFixed(2)}${grades.has(codeOf.get(x.talent.id)!) ? `(${grades.get(codeOf.get(x.talent.id)!)})` : ''}`);
    console.log(`${d.code}  ${f3(m)}  ${ranks.join(' ')}  top10 ${bands.join(' ')}  without labelled: ${firstWithout ? `${STRENGTH_NAMES[firstWithout.strength]}${firstWithout.score.toFixed(2)}` : '-'}`);
  }
  fts.close();
  const reverse = await recommendations(app, set.labels, talents, demands);
  const result = { ...mean(ours), calibration: trust.result(), baselines: { minisearchDefault: mean(msd), fts5Trigram: mean(fts5) } };
  console.log(`\n${demands.length} demands, ${talents.length} talents`);
  console.log(`ours               ${f3(result)}`);
  console.log(`MiniSearch default ${f3(result.baselines.minisearchDefault)}`);
  console.log(`FTS5 trigram       ${f3(result.baselines.fts5Trigram)}`);
  console.log(`calibration        ${trust.describe()}`);
  console.log(`recommendDemands   ${f3(reverse)}  (${reverse.talents} labelled talents, their demands among all ${demands.length})`);
  console.log(JSON.stringify(result));
}

/** The reverse direction: each labelled talent's demands, ranked by the real recommendDemands ranking (deadlines aside). */
async function recommendations(app: INestApplicationContext, labels: Map<string, Grades>, talents: Talent[], demands: Demand[]) {
  const byTalent = new Map<string, Grades>();
  for (const [demandCode, grades] of labels) for (const [talentCode, g] of grades) byTalent.set(talentCode, (byTalent.get(talentCode) ?? new Map()).set(demandCode, g));
  const codeOf = new Map(demands.map((d) => [d.id, d.code]));
  const all: Metrics[] = [];
  for (const t of talents.filter((t) => byTalent.has(t.code))) {
    const ranking = (await app.get(MatchingService).rankDemands(t.id, 50, (d) => codeOf.has(d.id))).map((m) => codeOf.get(m.demand.id)!);
    all.push(evaluate(ranking, byTalent.get(t.code)!));
  }
  return { ...mean(all), talents: all.length };
}

async function history(app: INestApplicationContext): Promise<void> {
  const ds = app.get(DataSource);
  const taken = await ds.getRepository(Demand).find({ where: { status: In([DemandStatus.TAKEN, DemandStatus.IN_PROGRESS, DemandStatus.ACCEPTED]) } });
  const winners = await ds.getRepository(Bid).findBy({ demandId: In(taken.map((d) => d.id)), status: BidStatus.AWARDED });
  const ranks: number[] = [];
  for (const d of taken) {
    const ranking = (await app.get(MatchingService).rankTalents(d, 50)).map((m) => m.talent.id);
    for (const w of winners.filter((b) => b.demandId === d.id)) ranks.push(ranking.indexOf(w.talentId) + 1 || Infinity);
  }
  const share = (k: number) => Math.round((ranks.filter((r) => r <= k).length / Math.max(1, ranks.length)) * 1000) / 1000;
  const mrr = Math.round((ranks.reduce((s, r) => s + (Number.isFinite(r) ? 1 / r : 0), 0) / Math.max(1, ranks.length)) * 1000) / 1000;
  const result = { winners: ranks.length, top5: share(5), top10: share(10), mrr };
  console.log(`${ranks.length} winners of taken demands: ${result.top5 * 100}% ranked in the top 5, ${result.top10 * 100}% in the top 10, MRR ${mrr}`);
  console.log(JSON.stringify(result));
}

if (options.dir) {
  // A throwaway database: the set goes through the real import code.
  const tmp = mkdtempSync(join(tmpdir(), 'jiebang-eval-'));
  process.env.DATABASE_PATH = join(tmp, 'eval.sqlite');
  delete process.env.DATABASE_URL;
  void runCli([DataImportModule, MatchingModule], (app) => labelled(app, options.dir)).finally(() => rmSync(tmp, { recursive: true, force: true }));
} else if ('history' in options) {
  void runCli([MatchingModule], history);
} else {
  console.error('usage: npm run eval:match -- --dir <folder>   |   npm run eval:match -- --history');
  process.exit(2);
}
