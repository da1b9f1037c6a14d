import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { Page } from '../../common/pagination/page';
import { canReadDemand } from '../demands/demand-access';
import { Demand } from '../demands/demand.entity';
import { IndustriesService } from '../industries/industries.service';
import { Talent } from '../talents/talent.entity';
import { Role } from '../users/user.entity';
import { CONCEPT } from './analysis/analyzer';
import { weightedQuery } from './index/queries';
import { MatchingIndexService } from './index/matching-index.service';
import { TextHit } from './index/text-index';
import { Facet, SearchFilterInput, SearchHit, SearchKind, SearchResult } from './search.dto';
import { place } from './signals';
import { snippet } from './snippet';
import { PUBLIC_DEMAND_FIELDS } from './weights';
import { text as bilingual } from '../../common/i18n/text';

/** Free-text search over demands or talents, with facets and highlighted snippets, within what the caller may read. */
@Injectable()
export class SearchService {
  constructor(
    private readonly index: MatchingIndexService,
    private readonly industries: IndustriesService,
  ) {}

  search(p: Principal | null, text: string, kind: SearchKind, filter: SearchFilterInput, page: Page): SearchResult {
    if (text.length > MAX_QUERY) throw DomainError.badInput('query', bilingual(`共 ${text.length} 个字符，最多 ${MAX_QUERY} 个`, `is ${text.length} characters; at most ${MAX_QUERY}`));
    const query = weightedQuery(this.index.analyzer, [[text, 1]]);
    const industryIds = filter.industry ? new Set(this.industries.withDescendants(this.industries.resolve(filter.industry, 'filter.industry').id)) : undefined;
    return kind === SearchKind.DEMAND ? this.demands(p, query, industryIds, filter, page) : this.talents(query, industryIds, filter, page);
  }

  private demands(p: Principal | null, query: Map<string, number>, industryIds: Set<string> | undefined, filter: SearchFilterInput, page: Page): SearchResult {
    const visible = (d: Demand) =>
      canReadDemand(p, d) &&
      (!industryIds || industryIds.has(d.industryId)) &&
      (!filter.region || d.region.includes(filter.region)) &&
      (!filter.statuses?.length || filter.statuses.includes(d.status));
    const entries = this.index.demandEntries;
    const hits = this.hits(query, [...entries.values()].filter(visible).map((d) => d.id), (limit, accept) => this.searchDemands(p, query, limit, accept));
    const all = hits.map((h) => ({ hit: h, demand: entries.get(h.id)! }));
    return {
      totalCount: all.length,
      facets: [
        facet('industry', all.map((x) => this.industries.byId(x.demand.industryId)?.name ?? '')),
        facet('region', all.map((x) => place(x.demand.region).city)),
        facet('status', all.map((x) => x.demand.status)),
      ],
      items: all.slice(page.offset, page.offset + page.limit).map(({ hit, demand }): SearchHit => ({
        id: demand.id,
        score: round(hit.score),
        demand,
        snippet: this.best(hit, [demand.title, demand.keywords.join('；'), demand.description]),
      })),
    };
  }

  /**
   * Confidential indicators are searched only for those who may read them: admins everywhere, an
   * enterprise in its own demands (a second search over those, merged by score), nobody else.
   */
  private searchDemands(p: Principal | null, query: Map<string, number>, limit: number, accept: (id: string) => boolean): TextHit[] {
    const { demands, demandEntries } = this.index;
    if (p?.role === Role.ADMIN) return demands.search(query, { limit, filter: accept });
    const own = (id: string) => p?.role === Role.ENTERPRISE && !!p.organizationId && demandEntries.get(id)?.organizationId === p.organizationId;
    const others = demands.search(query, { limit, filter: (id) => accept(id) && !own(id), fields: PUBLIC_DEMAND_FIELDS });
    if (p?.role !== Role.ENTERPRISE) return others;
    const mine = demands.search(query, { limit, filter: (id) => accept(id) && own(id) });
    return [...others, ...mine].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  private talents(query: Map<string, number>, industryIds: Set<string> | undefined, filter: SearchFilterInput, page: Page): SearchResult {
    const entries = this.index.talentEntries;
    const visible = (id: string) => {
      const e = entries.get(id)!;
      return (
        (!industryIds || e.industryIds.some((i) => industryIds.has(i))) &&
        (!filter.region || e.talent.region.includes(filter.region)) &&
        (!filter.level || e.talent.level === filter.level)
      );
    };
    const hits = this.hits(query, [...entries.keys()].filter(visible), (limit, accept) => this.index.talents.search(query, { limit, filter: accept }));
    const all = hits.map((h) => ({ hit: h, talent: entries.get(h.id)!.talent }));
    return {
      totalCount: all.length,
      facets: [
        facet('industry', all.flatMap((x) => x.talent.industries)),
        facet('region', all.map((x) => place(x.talent.region).city)),
        facet('level', all.map((x) => x.talent.level)),
      ],
      items: all.slice(page.offset, page.offset + page.limit).map(({ hit, talent }): SearchHit => ({
        id: talent.id,
        score: round(hit.score),
        talent,
        snippet: this.best(hit, talentTexts(talent)),
      })),
    };
  }

  /** Every visible match, best first; an empty query lists the visible records unranked. */
  private hits(query: Map<string, number>, visibleIds: string[], search: (limit: number, accept: (id: string) => boolean) => TextHit[]): TextHit[] {
    if (!query.size) return visibleIds.map((id) => ({ id, score: 0, terms: [] }));
    const allowed = new Set(visibleIds);
    return search(allowed.size, (id) => allowed.has(id));
  }

  /** The snippet of the text that holds most matched words (synonym matches highlighted by their own words). */
  private best(hit: TextHit, texts: string[]): string {
    const words = hit.terms.flatMap((t) => (t.startsWith(CONCEPT) ? (this.index.analyzer.groupById.get(t)?.terms ?? []) : [t]));
    const scored = texts.map((text) => ({ text, n: words.filter((w) => text.toLowerCase().includes(w)).length }));
    const top = scored.sort((a, b) => b.n - a.n)[0];
    return top ? snippet(top.text, words) : '';
  }
}

const talentTexts = (t: Talent) => [t.fields.join('；'), t.keywords.join('；'), t.achievements ?? '', t.bio ?? ''];
const MAX_QUERY = 500;
const round = (x: number) => Math.round(x * 1000) / 1000;

function facet(field: string, values: string[]): Facet {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return { field, values: [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)) };
}
