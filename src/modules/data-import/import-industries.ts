import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { IndustriesService } from '../industries/industries.service';
import { DomainError } from '../../common/errors/domain-error';
import { cleanName, normalize } from '../industries/industry-names';
import { TaxonomyDraft } from '../industries/taxonomy-draft';
import { TaxonomyService } from '../industries/taxonomy.service';
import { ImportProblem } from './import-problems';
import { ImportOptions } from './import-options';

/** The industry a cell stands for: an existing one, or one this import will create. */
export interface CellIndustry {
  id: string;
  name: string;
}

interface Named {
  name: string;
  rows: number[];
}

const COLUMN = '产业领域';
/** Rows listed in one message; the rest are counted. */
const SHOWN_ROWS = 12;
const rowList = (rows: number[]) => `第${rows.slice(0, SHOWN_ROWS).join('、')}${rows.length > SHOWN_ROWS ? ` 等 ${rows.length} ` : ''}行`;
const rowListEn = (rows: number[]) => `row${rows.length > 1 ? 's' : ''} ${rows.slice(0, SHOWN_ROWS).join(', ')}${rows.length > SHOWN_ROWS ? ` and ${rows.length - SHOWN_ROWS} more` : ''}`;

/** Why a cell cannot name a new industry (a list separator, a control character, too long), or null. */
function unfitName(name: string): string | null {
  try {
    cleanName(name, COLUMN);
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.message.replace(new RegExp(`^${COLUMN}[:：] ?`), '') : String(e);
  }
}

/**
 * The industries named by one import file. Each distinct name is resolved once: through the
 * admin's map (industryMap), the taxonomy, or, with newIndustries CREATE, as a new industry made
 * in the import's transaction. What stays unknown is one problem per name listing its rows and
 * suggestions, not one per row. `strict` (demands): unknown and retired names refuse the file;
 * otherwise (talents) they are kept as written, with one warning per name.
 */
export class ImportIndustries {
  private readonly unknown = new Map<string, Named>();
  private readonly retired = new Map<string, Named>();
  private readonly planned = new Map<string, Named & { id: string }>();
  private readonly mapped = new Map<string, Named & { to: string }>();
  private readonly invalid = new Map<string, Named & { reason: string }>();
  private readonly optionProblems: ImportProblem[] = [];
  private draft?: TaxonomyDraft;

  constructor(
    private readonly industries: IndustriesService,
    private readonly taxonomy: TaxonomyService,
    private readonly file: string,
    private readonly options: ImportOptions,
    private readonly strict: boolean,
    /** The industry column's header as the file writes it (所属领域, 产业领域…). */
    private readonly column = COLUMN,
  ) {
    for (const [from, to] of Object.entries(options.industryMap ?? {})) {
      const target = industries.find(to);
      if (target && !target.retiredAt) continue;
      const suggestions = industries.suggest(to).join('、');
      const what = target ? { zh: `已停用`, en: 'is retired' } : { zh: `不存在，是否为：${suggestions}？`, en: `is not in the taxonomy; did you mean ${industries.suggest(to).join(', ')}?` };
      this.optionProblems.push(this.problem(0, target ? 'RETIRED_INDUSTRY' : 'UNKNOWN_INDUSTRY', `对应关系“${from}=${to}”的目标产业“${to}”${what.zh}`, `the map "${from}=${to}": target industry "${to}" ${what.en}`));
    }
    const parent = options.newIndustries?.parent;
    const found = parent ? industries.find(parent) : undefined;
    if (parent && (!found || found.retiredAt)) {
      this.optionProblems.push(this.problem(0, 'UNKNOWN_INDUSTRY', `新建产业的上级“${parent}”${found ? '已停用' : '不在产业目录中'}`, `the parent for new industries "${parent}" ${found ? 'is retired' : 'is not in the taxonomy'}`));
    }
  }

  /** The industry of a cell; undefined when it stays unknown (or retired, for a strict import). */
  resolve(name: string, row: number): CellIndustry | undefined {
    const key = normalize(name);
    const target = this.mapTarget(key);
    if (target) {
      this.note(this.mapped, key, { name, to: target.name }, row);
      return target;
    }
    const known = this.industries.find(name);
    if (known && !(this.strict && known.retiredAt)) return known;
    if (known) return void this.note(this.retired, key, { name: known.name }, row);
    if (this.options.newIndustries?.mode === 'CREATE') {
      const invalid = unfitName(name);
      if (invalid) return void this.note(this.invalid, key, { name, reason: invalid }, row);
      const plan = this.note(this.planned, key, { name, id: randomUUID() }, row);
      return { id: plan.id, name: plan.name };
    }
    return void this.note(this.unknown, key, { name }, row);
  }

  /** Why the file cannot be imported as it stands: bad options, and (strict) each unknown or retired name once. */
  problems(): ImportProblem[] {
    const invalid = [...this.invalid.values()].map(({ name, rows, reason }) =>
      this.problem(rows[0], 'INVALID_INDUSTRY_NAME', `不能新建产业（${rowList(rows)}）：${reason}`, `cannot create industry "${name}" (${rowListEn(rows)}): not a valid name`),
    );
    if (!this.strict) return [...this.optionProblems, ...invalid];
    const unknown = [...this.unknown.values()].map(({ name, rows }) => {
      const suggestions = this.industries.suggest(name);
      const problem = this.problem(
        rows[0],
        'UNKNOWN_INDUSTRY',
        `未知产业“${name}”（${rowList(rows)}），是否为：${suggestions.join('、')}？可用 --new-industries create 新建，或 --map "${name}=${suggestions[0] ?? '已有产业'}" 对应到已有产业（GraphQL：newIndustries / industryMap）`,
        `unknown industry "${name}" (${rowListEn(rows)}); did you mean ${suggestions.join(', ')}? Use --new-industries create to add it, or --map "${name}=${suggestions[0] ?? 'existing'}" to map it (GraphQL: newIndustries / industryMap)`,
      );
      return { ...problem, value: name };
    });
    const retired = [...this.retired.values()].map(({ name, rows }) =>
      this.problem(rows[0], 'RETIRED_INDUSTRY', `产业“${name}”已停用（${rowList(rows)}），请改用其他产业，或用 --map "${name}=…" 对应`, `industry "${name}" is retired (${rowListEn(rows)}); use another, or map it with --map "${name}=…"`),
    );
    return [...this.optionProblems, ...invalid, ...unknown, ...retired];
  }

  /** In the import's transaction: the industries to create, each with its ledger entry. */
  async create(em: EntityManager, actor: Principal | null, now: Date): Promise<void> {
    if (!this.planned.size) return;
    this.draft = await TaxonomyDraft.load(em, actor, now);
    const parent = this.options.newIndustries?.parent;
    for (const plan of this.planned.values()) this.draft.add({ name: plan.name, parent }, `导入 ${this.file} 时新建（${rowList(plan.rows)}）`, COLUMN, plan.id);
    await this.taxonomy.write(em, this.draft);
  }

  /** After the commit: the taxonomy reloaded before the import announces its rows. */
  async committed(): Promise<void> {
    if (this.draft) await this.taxonomy.committed(this.draft);
  }

  /** One warning per created, mapped or (lenient) unknown name. */
  warnings(): ImportProblem[] {
    const parent = this.options.newIndustries?.parent;
    const warning = (kind: string, zh: string, en: string): ImportProblem => ({ file: this.file, row: 0, column: '', kind, reason: zh, reasonEn: en });
    return [
      ...[...this.planned.values()].map(({ name, rows }) =>
        warning('INDUSTRY_CREATED', `新建产业“${name}”${parent ? `（上级：${parent}）` : '（顶层）'}，用于${rowList(rows)}`, `industry "${name}" created${parent ? ` under ${parent}` : ' at the top level'} for ${rowListEn(rows)}`),
      ),
      ...[...this.mapped.values()]
        .filter((m) => normalize(m.name) !== normalize(m.to))
        .map(({ name, to, rows }) => warning('INDUSTRY_MAPPED', `产业“${name}”按对应关系记为“${to}”（${rowList(rows)}）`, `industry "${name}" recorded as "${to}" by the map (${rowListEn(rows)})`)),
      ...(this.strict
        ? []
        : [...this.unknown.values()].map(({ name, rows }) => {
            const suggestions = this.industries.suggest(name);
            return warning(
              'UNKNOWN_INDUSTRY_KEPT',
              `产业“${name}”不在产业目录中，按原文保存（${rowList(rows)}）；是否为：${suggestions.join('、')}？`,
              `industry "${name}" is not in the taxonomy; kept as written (${rowListEn(rows)}); did you mean ${suggestions.join(', ')}?`,
            );
          })),
    ];
  }

  private mapTarget(key: string) {
    for (const [from, to] of Object.entries(this.options.industryMap ?? {})) {
      if (normalize(from) !== key) continue;
      const target = this.industries.find(to);
      return target && !target.retiredAt ? target : undefined;
    }
    return undefined;
  }

  private note<T extends Named>(names: Map<string, T>, key: string, first: Omit<T, 'rows'>, row: number): T {
    const entry = names.get(key) ?? ({ ...first, rows: [] } as unknown as T);
    if (!entry.rows.includes(row)) entry.rows.push(row);
    names.set(key, entry);
    return entry;
  }

  private problem(row: number, kind: string, reason: string, reasonEn: string): ImportProblem {
    return { file: this.file, row, column: this.column, kind, reason, reasonEn };
  }
}
