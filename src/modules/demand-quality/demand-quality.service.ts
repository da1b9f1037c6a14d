import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Clock } from '../../common/time/clock';
import { isOwner } from '../demands/demand-access';
import { Demand } from '../demands/demand.entity';
import { DemandsService } from '../demands/demands.service';
import { IndustriesService } from '../industries/industries.service';
import { Role } from '../users/user.entity';
import { assessDemand, QualityAssessment, QUALITY_THRESHOLD } from './demand-quality';
import type { DemandDraftInput } from './demand-draft.dto';
import { DemandQuality } from './demand-quality.dto';
import { text } from '../../common/i18n/text';

@Injectable()
export class DemandQualityService {
  constructor(
    private readonly demands: DemandsService,
    private readonly industries: IndustriesService,
    private readonly clock: Clock,
  ) {}

  /** For the demand's enterprise and admins (reviewers see it before approving). */
  async forCaller(p: Principal | null, id: string): Promise<DemandQuality> {
    const demand = await this.demands.getVisible(p, { id });
    if (!this.mayAssess(p, demand)) throw DomainError.forbidden(text('只有发榜单位和管理员可以查看需求质量检查', 'Only the demand’s enterprise and admins see its quality check'));
    return this.assess(demand);
  }

  mayAssess(p: Principal | null, demand: Demand): boolean {
    return p?.role === Role.ADMIN || isOwner(p, demand);
  }

  assess(demand: Demand): DemandQuality {
    return this.withWarning(assessDemand(demand, this.industries.byId(demand.industryId), this.clock.today()));
  }

  /** The same check on a demand not saved yet; an unknown industry is a BAD_USER_INPUT naming the field. */
  assessDraft(draft: DemandDraftInput): DemandQuality {
    const industry = draft.industry ? this.industries.resolve(draft.industry) : undefined;
    const fields = { description: draft.description ?? '', indicators: draft.indicators ?? null, keywords: draft.keywords ?? [], budget: draft.budget ?? null, deadline: draft.deadline ?? null };
    return this.withWarning(assessDemand(fields, industry, this.clock.today()));
  }

  private withWarning(result: QualityAssessment): DemandQuality {
    const warning = result.passed
      ? null
      : `需求质量评分 ${result.score} 分，低于 ${QUALITY_THRESHOLD} 分：${result.hints.map((h) => h.message).join('；')}`;
    return { ...result, warning };
  }
}
