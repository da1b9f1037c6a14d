import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Transactions } from '../../common/database/transactions';
import { DomainEvents } from '../../common/events/domain-events';
import { DomainError } from '../../common/errors/domain-error';
import { generateCode } from '../../common/ids';
import { Page } from '../../common/pagination/page';
import { Clock } from '../../common/time/clock';
import { escapeLike } from '../../database/like';
import { assertNoClearedRequired, givenFields } from '../../database/updates';
import { Role } from '../users/user.entity';
import { Talent, TalentLevel } from './talent.entity';
import { text } from '../../common/i18n/text';

export interface TalentFilter {
  text?: string;
  industry?: string;
  region?: string;
  level?: TalentLevel;
  remoteOk?: boolean;
}

export type TalentProfile = Partial<Omit<Talent, 'id' | 'code' | 'createdAt' | 'updatedAt' | 'organizationId'>>;

@Injectable()
export class TalentsService {
  constructor(
    @InjectRepository(Talent) private readonly repo: Repository<Talent>,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  async get(id: string): Promise<Talent> {
    const talent = await this.repo.findOneBy({ id });
    if (!talent) throw DomainError.notFound('Talent', id);
    return talent;
  }

  async getByCode(code: string): Promise<Talent> {
    const talent = await this.repo.findOneBy({ code });
    if (!talent) throw DomainError.notFound('Talent', code);
    return talent;
  }

  /** Public listing. Text matches public fields only (name, institution, directions, keywords). */
  async list(filter: TalentFilter, page: Page): Promise<[Talent[], number]> {
    const qb = this.repo.createQueryBuilder('t').orderBy('t.code', 'ASC').take(page.limit).skip(page.offset);
    if (filter.level) qb.andWhere('t.level = :level', { level: filter.level });
    if (filter.remoteOk !== undefined) qb.andWhere('t.remote_ok = :remoteOk', { remoteOk: filter.remoteOk });
    if (filter.region) qb.andWhere("t.region LIKE :region ESCAPE '\\'", { region: `%${escapeLike(filter.region)}%` });
    // Lists are stored as JSON arrays of strings, so a quoted element match is exact.
    if (filter.industry) {
      qb.andWhere("t.industries LIKE :industry ESCAPE '\\'", { industry: `%${escapeLike(JSON.stringify(filter.industry))}%` });
    }
    if (filter.text) {
      const text = `%${escapeLike(filter.text)}%`;
      qb.andWhere(
        "(t.name LIKE :text ESCAPE '\\' OR t.institution LIKE :text ESCAPE '\\' OR t.fields LIKE :text ESCAPE '\\' OR t.keywords LIKE :text ESCAPE '\\')",
        { text },
      );
    }
    return qb.getManyAndCount();
  }

  /** Creates a profile inside the caller's transaction (registration, admin account creation). */
  async create(em: EntityManager, profile: TalentProfile & Pick<Talent, 'name' | 'institution' | 'region'>, organizationId: string | null): Promise<Talent> {
    const repo = em.getRepository(Talent);
    return repo.save(
      repo.create({
        title: null,
        level: TalentLevel.OTHER,
        institutionType: null,
        industries: [],
        fields: [],
        keywords: [],
        achievements: null,
        bio: null,
        remoteOk: false,
        contactEmail: null,
        contactPhone: null,
        ...profile,
        organizationId,
        code: generateCode('T', this.clock.now().getFullYear()),
      }),
    );
  }

  /** A researcher edits their own profile; an admin any. */
  async update(actor: Principal, id: string, changes: TalentProfile): Promise<Talent> {
    assertNoClearedRequired(this.repo.metadata, changes);
    const talent = await this.get(id);
    if (actor.role !== Role.ADMIN && actor.talentId !== talent.id) {
      throw DomainError.forbidden(text('只能编辑自己的人才档案', 'You may edit only your own talent profile'));
    }
    const saved = await this.transactions.run(async (em) => em.getRepository(Talent).save({ ...talent, ...givenFields(changes), updatedAt: this.clock.now() }));
    await this.events.emit({ type: 'talents.changed', ids: [id] });
    return saved;
  }
}
