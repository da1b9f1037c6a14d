import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { mayReadConfidential } from '../demands/confidential-access';
import { Demand } from '../demands/demand.entity';
import { MatchingIndexService } from './index/matching-index.service';
import { MatchOutlook } from './matching.dto';
import { MAX_MATCHES, MatchingService, mayMatch, nameableTerms } from './matching.service';
import { uncoveredPhrase } from './reasons';
import { demandConcepts, MatchStrength } from './scoring/match-score';
import { outlookAdvice } from './scoring/outlook';
import { place, wantsPresence } from './signals';

/** Whether the pool holds a strong candidate for a demand, and what to do when it does not. */
@Injectable()
export class MatchOutlookService {
  constructor(
    private readonly matching: MatchingService,
    private readonly index: MatchingIndexService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The pool at a glance, for those who may run matchTalents (null for others). */
  async outlook(p: Principal | null, demand: Demand): Promise<MatchOutlook | null> {
    if (!p || !mayMatch(p, demand)) return null;
    const nameConfidential = !demand.indicatorsConfidential || (await mayReadConfidential(this.dataSource, p, demand));
    const ranked = await this.matching.rankTalentsCovered(demand, MAX_MATCHES, { nameConfidential });
    const matches = ranked.map((r) => r.match);
    const count = (s: MatchStrength) => matches.filter((m) => m.strength === s).length;
    const strongCount = count(MatchStrength.STRONG);
    if (strongCount) return { strongCount, moderateCount: count(MatchStrength.MODERATE), advice: null };
    const { analyzer } = this.index;
    const moderate = matches.filter((m) => m.strength === MatchStrength.MODERATE);
    const concepts = demandConcepts(analyzer, demand, this.index.specificity);
    const covered = new Set(ranked.flatMap((r) => r.coverage.covered.map((c) => c.token)));
    const shown = [demand.title, demand.keywords.join('；'), demand.description, nameConfidential ? (demand.indicators ?? '') : ''].join('\n');
    const nameable = nameableTerms(analyzer, shown);
    // Rewording is advised for what the demand names in its title and keywords, not for its
    // description's every word (拥有, a figure of its indicators).
    const core = new Set(analyzer.tokens(`${demand.title}\n${demand.keywords.join('；')}`));
    const uncovered = [...concepts]
      .sort((a, b) => b[1] - a[1])
      .filter(([token]) => core.has(token) && !covered.has(token) && nameable(token))
      .slice(0, 3)
      .map(([token]) => uncoveredPhrase(analyzer, token, shown, [demand.title, ...demand.keywords]));
    const city = place(demand.region).city;
    return {
      strongCount,
      moderateCount: moderate.length,
      advice: outlookAdvice({
        moderateCount: moderate.length,
        remoteModerate: moderate.filter((m) => m.talent.remoteOk && place(m.talent.region).city !== city).length,
        wantsPresence: wantsPresence(demand),
        uncovered,
      }),
    };
  }
}
