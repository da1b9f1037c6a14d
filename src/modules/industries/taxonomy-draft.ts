import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { ErrorCode } from '../../common/errors/domain-error';
import { escapeLike } from '../../database/like';
import { Demand } from '../demands/demand.entity';
import { LedgerEntityType } from '../ledger/ledger-entry.entity';
import { LedgerRecord } from '../ledger/ledger.service';
import { Talent } from '../talents/talent.entity';
import { Industry } from './industry.entity';
import { cleanName, normalize, taxonomyError } from './industry-names';

export interface NewIndustry {
  name: string;
  parent?: string | null;
  aliases?: string[];
}

const MAX_ALIASES = 100;
const status = (i: Industry) => (i.mergedIntoId ? 'MERGED' : i.retiredAt ? 'RETIRED' : 'ACTIVE');
const conflict = (field: string, zh: string, en: string) => taxonomyError(ErrorCode.CONFLICT, field, { zh, en });
const badInput = (field: string, zh: string, en: string) => taxonomyError(ErrorCode.BAD_USER_INPUT, field, { zh, en });

/**
 * The taxonomy inside one transaction: every change is checked against the whole tree (names and
 * aliases unique across industries, no cycles), applied to the rows in memory and recorded as a
 * ledger entry; `save` writes the changed rows and the entries in the caller's transaction.
 */
export class TaxonomyDraft {
  readonly entries: LedgerRecord[] = [];
  /** Demands and talents a merge or rename moved, for the index once committed. */
  readonly demandIds = new Set<string>();
  readonly talentIds = new Set<string>();
  private readonly dirty = new Set<Industry>();

  private constructor(
    private readonly em: EntityManager,
    private readonly rows: Industry[],
    private readonly actor: Principal | null,
    private readonly now: Date,
  ) {}

  static async load(em: EntityManager, actor: Principal | null, now: Date): Promise<TaxonomyDraft> {
    return new TaxonomyDraft(em, await em.getRepository(Industry).find(), actor, now);
  }

  get changed(): Industry[] {
    return [...this.dirty];
  }

  /** An industry by id (merged ones included, for their history). */
  get(id: string, field = 'id'): Industry {
    const found = this.rows.find((i) => i.id === id);
    if (!found) throw taxonomyError(ErrorCode.NOT_FOUND, field, { zh: `产业 ${id} 不存在`, en: `industry ${id} not found` });
    return found;
  }

  /** A live (not merged) industry by name, alias or code. */
  find(name: string): Industry | undefined {
    const n = normalize(name);
    return this.rows.find((i) => !i.mergedIntoId && (normalize(i.name) === n || i.code.toLowerCase() === n || i.aliases.some((a) => normalize(a) === n)));
  }

  /** A parent for a new or moved industry: known and not retired. */
  parent(name: string, field = 'parent'): Industry {
    const found = this.find(name);
    if (!found) throw badInput(field, `未知上级产业“${name}”`, `unknown parent industry "${name}"`);
    if (found.retiredAt) throw badInput(field, `上级产业“${found.name}”已停用`, `parent industry "${found.name}" is retired`);
    return found;
  }

  /** `id`: given when rows that refer to the new industry were built before the transaction (an import). */
  add(input: NewIndustry, note: string, field = 'name', id: string = randomUUID()): Industry {
    const name = cleanName(input.name, field);
    this.assertFree(name, null, field, true);
    const parent = input.parent ? this.parent(input.parent) : null;
    const industry = Object.assign(new Industry(), {
      id,
      code: this.newCode(),
      name,
      level: parent ? parent.level + 1 : 1,
      parentId: parent?.id ?? null,
      aliases: [],
      retiredAt: null,
      mergedIntoId: null,
      seededAliases: null,
      createdAt: this.now,
      updatedAt: this.now,
    });
    this.rows.push(industry);
    this.addAliases(industry, input.aliases ?? [], 'aliases', false);
    const details = [note, parent ? `上级：${parent.name}` : '', industry.aliases.length ? `别名：${industry.aliases.join('、')}` : ''];
    this.record(industry, 'add', null, details.filter(Boolean).join('；'));
    return industry;
  }

  addAliases(industry: Industry, aliases: string[], field = 'aliases', log = true): void {
    this.assertLive(industry);
    if (industry.aliases.length + aliases.length > MAX_ALIASES) throw badInput(field, `一个产业最多 ${MAX_ALIASES} 个别名`, `at most ${MAX_ALIASES} aliases per industry`);
    const fresh: string[] = [];
    for (const raw of aliases) {
      const alias = cleanName(raw, field);
      if (normalize(alias) === normalize(industry.name) || [...industry.aliases, ...fresh].some((a) => normalize(a) === normalize(alias))) continue;
      this.assertFree(alias, industry, field, false);
      fresh.push(alias);
    }
    if (!fresh.length) return;
    industry.aliases = [...industry.aliases, ...fresh];
    if (log) this.record(industry, 'alias', status(industry), `新增别名：${fresh.join('、')}`);
    this.touch(industry);
  }

  removeAliases(industry: Industry, aliases: string[], field = 'aliases'): void {
    this.assertLive(industry);
    const gone = new Set(aliases.map(normalize));
    const missing = aliases.filter((a) => !industry.aliases.some((x) => normalize(x) === normalize(a)));
    if (missing.length) throw badInput(field, `“${missing.join('、')}”不是产业“${industry.name}”的别名`, `"${missing.join(', ')}" is not an alias of "${industry.name}"`);
    industry.aliases = industry.aliases.filter((a) => !gone.has(normalize(a)));
    this.record(industry, 'unalias', status(industry), `删除别名：${aliases.join('、')}`);
    this.touch(industry);
  }

  /** A new name; the old one stays an alias unless `keepOldName` is false, and talents' lists follow. */
  async rename(industry: Industry, newName: string, keepOldName = true, field = 'name'): Promise<void> {
    this.assertLive(industry);
    const name = cleanName(newName, field);
    const old = industry.name;
    if (name === old) return;
    this.assertFree(name, industry, field, true);
    industry.name = name;
    industry.aliases = industry.aliases.filter((a) => normalize(a) !== normalize(name));
    if (keepOldName && normalize(old) !== normalize(name)) industry.aliases = [...industry.aliases, old];
    await this.renameInTalents(old, name);
    this.record(industry, 'rename', status(industry), `改名：${old} → ${name}${keepOldName ? '（原名保留为别名）' : ''}`);
    this.touch(industry);
  }

  move(industry: Industry, parent: Industry | null, field = 'parent'): void {
    this.assertLive(industry);
    if ((parent?.id ?? null) === industry.parentId) return;
    if (parent && this.ancestors(parent).includes(industry)) {
      throw badInput(field, `不能把“${industry.name}”放到“${parent.name}”之下：后者是它自己或它的下级，会形成循环`, `cannot put "${industry.name}" under "${parent.name}": that would make a cycle`);
    }
    const from = industry.parentId ? this.get(industry.parentId).name : '（顶层）';
    industry.parentId = parent?.id ?? null;
    this.relevel(industry);
    this.record(industry, 'move', status(industry), `上级：${from} → ${parent?.name ?? '（顶层）'}`);
  }

  /** `from` goes into `into`: its demands, talents, names and sub-industries; it stays, merged, for history. */
  async merge(from: Industry, into: Industry): Promise<void> {
    this.assertLive(from, 'id');
    this.assertLive(into, 'intoId');
    if (from === into) throw badInput('intoId', '不能把产业并入它自己', 'cannot merge an industry into itself');
    if (into.retiredAt) throw conflict('intoId', `目标产业“${into.name}”已停用`, `target industry "${into.name}" is retired`);
    if (this.ancestors(into).includes(from)) throw badInput('intoId', `“${into.name}”是“${from.name}”的下级，不能作为合并目标`, `"${into.name}" is below "${from.name}"`);
    const before = status(from);
    const demands = await this.em.getRepository(Demand).find({ select: { id: true }, where: { industryId: from.id } });
    if (demands.length) await this.em.update(Demand, { id: In(demands.map((d) => d.id)) }, { industryId: into.id, updatedAt: this.now });
    demands.forEach((d) => this.demandIds.add(d.id));
    const talents = await this.renameInTalents(from.name, into.name);
    const names = [from.name, ...from.aliases].filter((n) => normalize(n) !== normalize(into.name) && !into.aliases.some((a) => normalize(a) === normalize(n)));
    into.aliases = [...into.aliases, ...names];
    from.aliases = [];
    from.retiredAt = this.now;
    from.mergedIntoId = into.id;
    for (const child of this.rows.filter((i) => i.parentId === from.id && !i.mergedIntoId)) {
      child.parentId = into.id;
      this.relevel(child);
    }
    const moved = `${demands.length} 项需求、${talents} 位人才随之转入`;
    this.record(from, 'merge', before, `并入“${into.name}”：${moved}`);
    this.record(into, 'absorb', status(into), `“${from.name}”并入本产业：${moved}；新增别名：${names.join('、') || '无'}`);
    this.touch(from).touch(into);
  }

  /** Retired: no longer offered for new rows or suggestions; its demands and talents keep it (history). */
  retire(industry: Industry): void {
    this.assertLive(industry);
    if (industry.retiredAt) throw conflict('id', `产业“${industry.name}”已停用`, `industry "${industry.name}" is already retired`);
    const children = this.rows.filter((i) => i.parentId === industry.id && !i.retiredAt);
    if (children.length) {
      throw conflict('id', `产业“${industry.name}”还有未停用的下级：${children.map((c) => c.name).join('、')}；请先停用或合并它们`, `"${industry.name}" has active sub-industries: ${children.map((c) => c.name).join(', ')}`);
    }
    industry.retiredAt = this.now;
    this.record(industry, 'retire', 'ACTIVE', '停用：不再用于新的需求和导入，已有记录保留');
    this.touch(industry);
  }

  async save(): Promise<void> {
    const repo = this.em.getRepository(Industry);
    // Parents before children: a new industry may sit under another new one.
    for (const row of this.changed.sort((a, b) => a.level - b.level)) await repo.save(row);
  }

  private assertLive(industry: Industry, field = 'id'): void {
    if (industry.mergedIntoId) {
      const into = this.get(industry.mergedIntoId);
      throw conflict(field, `产业“${industry.name}”已并入“${into.name}”，请改用“${into.name}”`, `industry "${industry.name}" was merged into "${into.name}"`);
    }
  }

  /** A name or alias used by no other industry (a merged one's name stays taken: the table keeps it). */
  private assertFree(name: string, self: Industry | null, field: string, asName: boolean): void {
    const n = normalize(name);
    for (const other of this.rows.filter((i) => i !== self)) {
      if (other.mergedIntoId) {
        if (asName && normalize(other.name) === n) throw conflict(field, `“${name}”是已并入其他产业的“${other.name}”的原名`, `"${name}" is the name of a merged industry`);
        continue;
      }
      if (normalize(other.name) === n) throw conflict(field, `“${name}”已是产业“${other.name}”的名称`, `"${name}" is already the name of industry "${other.name}"`);
      if (other.aliases.some((a) => normalize(a) === n)) throw conflict(field, `“${name}”已是产业“${other.name}”的别名`, `"${name}" is already an alias of industry "${other.name}"`);
    }
  }

  private ancestors(industry: Industry): Industry[] {
    const out: Industry[] = [];
    for (let i: Industry | undefined = industry; i && !out.includes(i); i = i.parentId ? this.rows.find((r) => r.id === i!.parentId) : undefined) out.push(i);
    return out;
  }

  private relevel(industry: Industry): void {
    const parent = industry.parentId ? this.get(industry.parentId) : null;
    industry.level = parent ? parent.level + 1 : 1;
    this.touch(industry);
    for (const child of this.rows.filter((i) => i.parentId === industry.id)) this.relevel(child);
  }

  /** Talents list industries by name: `from` becomes `to` in every list that has it. Returns how many changed. */
  private async renameInTalents(from: string, to: string): Promise<number> {
    const candidates = await this.em
      .getRepository(Talent)
      .createQueryBuilder('t')
      .select(['t.id', 't.industries'])
      .where("t.industries LIKE :name ESCAPE '\\'", { name: `%${escapeLike(JSON.stringify(from))}%` })
      .getMany();
    let count = 0;
    for (const t of candidates.filter((c) => c.industries.includes(from))) {
      const industries = [...new Set(t.industries.map((n) => (n === from ? to : n)))];
      await this.em.update(Talent, { id: t.id }, { industries, updatedAt: this.now });
      this.talentIds.add(t.id);
      count++;
    }
    return count;
  }

  private newCode(): string {
    for (;;) {
      const code = `U-${randomUUID().slice(0, 8).toUpperCase()}`;
      if (!this.rows.some((i) => i.code === code)) return code;
    }
  }

  private touch(industry: Industry): this {
    industry.updatedAt = this.now;
    this.dirty.add(industry);
    return this;
  }

  private record(industry: Industry, action: string, from: string | null, note: string): void {
    const to = status(industry);
    this.touch(industry);
    this.entries.push({ actor: this.actor, at: this.now, entityType: LedgerEntityType.INDUSTRY, entityId: industry.id, demandId: null, organizationId: null, action, from, to, note });
  }
}
