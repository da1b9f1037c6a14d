import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { Page } from '../../common/pagination/page';
import { chunks, findIn } from '../../database/batch';
import { escapeLike } from '../../database/like';
import { Organization, OrganizationType } from './organization.entity';
import { text } from '../../common/i18n/text';

/** A guess at the kind of a 工作单位 from its name, for rosters that leave 单位类型 empty. */
export function guessInstitutionType(name: string): OrganizationType {
  if (/大学|学院|学校/.test(name)) return OrganizationType.UNIVERSITY;
  if (/公司|集团|企业|厂/.test(name)) return OrganizationType.ENTERPRISE;
  return OrganizationType.INSTITUTE;
}

export interface OrganizationSpec {
  name: string;
  type: OrganizationType;
  region?: string | null;
  creditCode?: string | null;
}

const creditCodeTaken = (code?: string | null) =>
  DomainError.conflict(text(`已有其他单位使用信用代码 ${code}`, `Another organization already has credit code ${code}`), { field: 'creditCode' });

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly repo: Repository<Organization>) {}

  async get(id: string): Promise<Organization> {
    const org = await this.repo.findOneBy({ id });
    if (!org) throw DomainError.notFound('Organization', id);
    return org;
  }

  async list(filter: { text?: string; type?: OrganizationType }, page: Page): Promise<[Organization[], number]> {
    const qb = this.repo.createQueryBuilder('o').orderBy('o.name', 'ASC').take(page.limit).skip(page.offset);
    if (filter.type) qb.andWhere('o.type = :type', { type: filter.type });
    if (filter.text) qb.andWhere("o.name LIKE :text ESCAPE '\\'", { text: `%${escapeLike(filter.text)}%` });
    return qb.getManyAndCount();
  }

  /**
   * The organization with this name, created if new. A credit code given for an existing
   * organization must match the one on record.
   */
  async findOrCreate(em: EntityManager, spec: OrganizationSpec): Promise<Organization> {
    const repo = em.getRepository(Organization);
    const existing = await repo.findOneBy({ name: spec.name });
    if (existing) {
      if (spec.creditCode && existing.creditCode && existing.creditCode !== spec.creditCode) {
        throw DomainError.badInput('creditCode', text(`与 ${spec.name} 登记的信用代码不一致`, `does not match the credit code on record for ${spec.name}`));
      }
      return existing;
    }
    if (spec.creditCode && (await repo.existsBy({ creditCode: spec.creditCode }))) {
      throw creditCodeTaken(spec.creditCode);
    }
    // Two sign-ups may name the same new organization at once: insert-or-ignore, then read the winner.
    await em
      .createQueryBuilder()
      .insert()
      .into(Organization)
      .values(repo.create({ name: spec.name, type: spec.type, region: spec.region ?? null, creditCode: spec.creditCode ?? null }))
      .orIgnore()
      .execute();
    const created = await repo.findOneBy({ name: spec.name });
    if (!created) throw creditCodeTaken(spec.creditCode);
    return created;
  }

  /**
   * Ids of the organizations with these names, creating the missing ones in bulk (insert-or-ignore,
   * so concurrent imports agree). Used to link a roster's talents to their 工作单位.
   */
  async idsForInstitutions(em: EntityManager, specs: { name: string; type: OrganizationType | null; region: string | null }[]): Promise<Map<string, string>> {
    const wanted = new Map(specs.map((s) => [s.name, s]));
    const found = await findIn(em, Organization, 'name', [...wanted.keys()]);
    const missing = [...wanted.values()].filter((s) => !found.some((o) => o.name === s.name));
    const now = new Date();
    for (const part of chunks(missing)) {
      await em
        .createQueryBuilder()
        .insert()
        .into(Organization)
        .values(part.map((s) => ({ id: randomUUID(), name: s.name, type: s.type ?? guessInstitutionType(s.name), region: s.region, creditCode: null, createdAt: now, updatedAt: now })))
        .orIgnore()
        .updateEntity(false)
        .callListeners(false)
        .execute();
    }
    const all = missing.length ? await findIn(em, Organization, 'name', [...wanted.keys()]) : found;
    return new Map(all.map((o) => [o.name, o.id]));
  }
}
