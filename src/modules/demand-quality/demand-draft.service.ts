import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { SimilarDemandsService } from '../matching/similar-demands.service';
import { DemandDraftCheck, DemandDraftInput } from './demand-draft.dto';
import { DemandQualityService } from './demand-quality.service';

/** The checks an enterprise sees while writing a demand: the same ones its saved version gets. */
@Injectable()
export class DemandDraftService {
  constructor(
    private readonly quality: DemandQualityService,
    private readonly similar: SimilarDemandsService,
  ) {}

  check(p: Principal, draft: DemandDraftInput): DemandDraftCheck {
    return { quality: this.quality.assessDraft(draft), similar: this.similar.similarToDraft(p, draft) };
  }
}
