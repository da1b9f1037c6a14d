import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { DomainError, ErrorCode } from '../../common/errors/domain-error';
import { text } from '../../common/i18n/text';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';
import { Industry } from '../industries/industry.entity';
import { TaxonomyDraft } from '../industries/taxonomy-draft';
import { TaxonomyService } from '../industries/taxonomy.service';
import { ContractColumn } from './contract';
import { ImportProblem, importRejected } from './import-problems';
import { addWarning, ImportReport } from './import-report';
import { RowReader } from './row-reader';
import { readTable } from './table-reader';

/** A taxonomy file: one industry a row. */
const CANONICAL: readonly ContractColumn[] = [
  { header: '名称', key: 'name', required: true },
  { header: '上级', key: 'parent', required: false },
  { header: '别名', key: 'aliases', required: false },
  { header: '编码', key: 'code', required: false },
];
/** Other headers bureaus write for the optional columns (the required 名称 also answers to `name`). */
const VARIANTS: readonly ContractColumn[] = [
  ...['上级产业', '父级'].map((header) => ({ header, key: 'parent', required: false })),
  ...['别称', '其他名称'].map((header) => ({ header, key: 'aliases', required: false })),
  ...['代码', '产业代码'].map((header) => ({ header, key: 'code', required: false })),
];
export const TAXONOMY_COLUMNS = [...CANONICAL, ...VARIANTS];
const columns = new Map(CANONICAL.map((c) => [c.key, c]));
const HEADER: Record<string, string> = { name: '名称', parent: '上级', aliases: '别名', code: '编码', id: '名称', intoId: '上级' };

interface TaxonomyRecord {
  row: number;
  name: string;
  parent: string | null;
  aliases: string[];
  code: string | null;
}

/**
 * Imports a taxonomy file (名称, 上级, 别名, optional 编码), all or nothing: a row whose 名称 (or
 * 编码) is known adds its aliases and moves the industry under 上级 (a 编码 row with a new 名称
 * renames it); any other row adds an industry. Parents may be rows of the same file, in any order.
 * Existing aliases the file leaves out are kept. Every change is a ledger entry.
 */
@Injectable()
export class TaxonomyImportService {
  constructor(
    private readonly taxonomy: TaxonomyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(file: string, data: Buffer, actor: Principal | null): Promise<ImportReport> {
    const table = await readTable(file, data, TAXONOMY_COLUMNS, this.config.importLimits);
    const problems: ImportProblem[] = [...table.problems];
    const records: TaxonomyRecord[] = [];
    for (const row of table.rows) {
      const r = new RowReader(file, row, columns, problems);
      const before = problems.length;
      const record = { row: row.row, name: r.text('name', 100) ?? '', parent: r.text('parent', 100), aliases: r.list('aliases'), code: r.text('code', 40) };
      if (problems.length === before) records.push(record);
    }
    if (problems.length) throw importRejected(file, problems);
    const report: ImportReport = { file, kind: 'taxonomy', dryRun: false, created: 0, updated: 0, unchanged: 0, warnings: [], warningKinds: [] };
    for (const w of table.warnings) addWarning(report, w);
    await this.taxonomy.change(actor, async (draft) => {
      for (const r of this.ordered(file, draft, records, problems)) {
        try {
          report[await this.apply(file, draft, r)]++;
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          problems.push(problemOf(file, r.row, e));
        }
      }
      if (problems.length) throw importRejected(file, problems.sort((a, b) => a.row - b.row));
    });
    return report;
  }

  /** Rows whose parent is known come first; a row whose parent never turns up is a problem. */
  private *ordered(file: string, draft: TaxonomyDraft, records: TaxonomyRecord[], problems: ImportProblem[]): Generator<TaxonomyRecord> {
    let pending = records;
    while (pending.length) {
      const ready = pending.filter((r) => !r.parent || draft.find(r.parent));
      if (!ready.length) break;
      for (const r of ready) yield r;
      pending = pending.filter((r) => !ready.includes(r));
    }
    for (const r of pending) {
      problems.push({
        file,
        row: r.row,
        column: '上级',
        kind: 'UNKNOWN_PARENT_INDUSTRY',
        reason: `上级“${r.parent}”不在产业目录中，也不是本文件中能确定上级的一行（或几行互为上级，形成循环）`,
        reasonEn: `parent "${r.parent}" is neither in the taxonomy nor a row of this file with a known parent (or the rows form a cycle)`,
      });
    }
  }

  private async existing(draft: TaxonomyDraft, r: TaxonomyRecord): Promise<Industry | undefined> {
    if (!r.code) return draft.find(r.name);
    const found = draft.find(r.code);
    if (!found || found.code.toLowerCase() !== r.code.toLowerCase()) {
      throw DomainError.badInput('code', text(`编码“${r.code}”不存在（新产业的编码自动生成，请留空）`, `no industry has code "${r.code}" (leave it empty for a new industry)`));
    }
    if (found.name !== r.name) await draft.rename(found, r.name);
    return found;
  }

  private async apply(file: string, draft: TaxonomyDraft, r: TaxonomyRecord): Promise<'created' | 'updated' | 'unchanged'> {
    const entries = draft.entries.length;
    const industry = await this.existing(draft, r);
    if (!industry) {
      draft.add({ name: r.name, parent: r.parent, aliases: r.aliases }, `导入 ${file} 第${r.row}行`);
      return 'created';
    }
    draft.addAliases(industry, r.aliases);
    if (r.parent) draft.move(industry, draft.parent(r.parent));
    return draft.entries.length > entries ? 'updated' : 'unchanged';
  }
}

/** A taxonomy error as a problem of the row, in the column its field stands for. */
function problemOf(file: string, row: number, e: DomainError): ImportProblem {
  const field = String(e.details.field ?? 'name');
  const strip = (m: string) => m.replace(/^[\w.]+[:：] ?/, '');
  return { file, row, column: HEADER[field] ?? field, kind: e.code === ErrorCode.CONFLICT ? 'INDUSTRY_NAME_CLASH' : 'INVALID_INDUSTRY', reason: strip(e.messageIn('zh')), reasonEn: strip(e.messageIn('en')) };
}
