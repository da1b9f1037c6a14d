import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { assertReadable, canReadDemand } from '../demands/demand-access';
import { Demand } from '../demands/demand.entity';
import { demandQuery } from './index/queries';
import { MatchingIndexService } from './index/matching-index.service';
import { SimilarDemand } from './matching.dto';
import { DUPLICATE_SIMILARITY } from './weights';

/** The fields of a demand being written that similarity reads. */
export type DemandDraftText = Partial<Pick<Demand, 'title' | 'description' | 'indicators' | 'keywords' | 'listId'>> & {
  /** The saved demand being edited: never its own duplicate. */
  demandId?: string;
};

// Not a UUID, so never a real demand's id.
const DRAFT_ID = 'draft';

/**
 * Demands that say nearly the same thing. Similarity is a demand's text score against another,
 * divided by its score against itself (so 1 means "everything it says, the other says too").
 */
@Injectable()
export class SimilarDemandsService {
  constructor(
    private readonly index: MatchingIndexService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async similarTo(p: Principal | null, demandId: string, first = 5): Promise<SimilarDemand[]> {
    const demand = assertReadable(p, await this.dataSource.getRepository(Demand).findOneBy({ id: demandId }), demandId);
    return this.similar(demand, Math.min(Math.max(first, 1), 20), (d) => canReadDemand(p, d));
  }

  /** Demands the caller may read that say nearly what a draft says, ranked as if it were saved. */
  similarToDraft(p: Principal | null, draft: DemandDraftText, first = 5): SimilarDemand[] {
    const demand = Object.assign(new Demand(), {
      id: DRAFT_ID,
      title: draft.title ?? '',
      description: draft.description ?? '',
      indicators: draft.indicators ?? null,
      indicatorsConfidential: false,
      keywords: draft.keywords ?? [],
      listId: draft.listId ?? null,
    });
    return this.index.whileIndexed(demand, () => this.similar(demand, first, (d) => d.id !== draft.demandId && canReadDemand(p, d)));
  }

  /** Near-identical demands in other lists: what EEN partners are asked to check by hand. */
  likelyDuplicates(demand: Demand): SimilarDemand[] {
    return this.similar(demand, 5, () => true).filter((s) => s.likelyDuplicate);
  }

  private similar(demand: Demand, first: number, visible: (d: Demand) => boolean): SimilarDemand[] {
    const query = demandQuery(this.index.analyzer, demand);
    const hits = this.index.demands.search(query, {
      limit: first + 1,
      filter: (id) => id === demand.id || (this.index.demandEntries.has(id) && visible(this.index.demandEntries.get(id)!)),
    });
    const self = hits.find((h) => h.id === demand.id)?.score ?? hits[0]?.score ?? 1;
    return hits
      .filter((h) => h.id !== demand.id)
      .slice(0, first)
      .map((h) => {
        const other = this.index.demandEntries.get(h.id)!;
        const similarity = Math.round(Math.min(1, h.score / self) * 1000) / 1000;
        return { demand: other, similarity, likelyDuplicate: similarity >= DUPLICATE_SIMILARITY && other.listId !== demand.listId };
      });
  }
}
