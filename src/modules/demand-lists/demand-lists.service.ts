import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { Page } from '../../common/pagination/page';
import { DemandList } from './demand-list.entity';
import { text } from '../../common/i18n/text';

export interface DemandListSpec {
  name: string;
  issuer?: string | null;
  region?: string | null;
  year?: number | null;
  description?: string | null;
}

@Injectable()
export class DemandListsService {
  constructor(@InjectRepository(DemandList) private readonly repo: Repository<DemandList>) {}

  async get(id: string): Promise<DemandList> {
    const list = await this.repo.findOneBy({ id });
    if (!list) throw DomainError.notFound('Demand list', id);
    return list;
  }

  list(page: Page): Promise<[DemandList[], number]> {
    return this.repo.findAndCount({ order: { year: 'DESC', name: 'ASC' }, take: page.limit, skip: page.offset });
  }

  async create(spec: DemandListSpec): Promise<DemandList> {
    if (await this.repo.existsBy({ name: spec.name })) {
      throw DomainError.conflict(text(`已有名为“${spec.name}”的榜单`, `A list named ${spec.name} already exists`), { field: 'name' });
    }
    return this.repo.save(
      this.repo.create({
        name: spec.name,
        issuer: spec.issuer ?? null,
        region: spec.region ?? null,
        year: spec.year ?? null,
        description: spec.description ?? null,
      }),
    );
  }
}
