// The dashboard's filter (StatisticsFilter) as the URL query keeps it, so a reload or a shared link shows the same figures.

export const FILTER_KEYS = ['list', 'region', 'industry', 'from', 'to'] as const;
export type DashboardFilter = Record<(typeof FILTER_KEYS)[number], string>;

type Query = Record<string, unknown>;

/** The filter a URL query asks for; anything else in the query is ignored. */
export function filterFromQuery(query: Query): DashboardFilter {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, typeof query[k] === 'string' ? query[k] : ''])) as DashboardFilter;
}

/** Only the filled-in parts: what the URL and the API get. */
export function filledIn(f: DashboardFilter): Partial<DashboardFilter> {
  return Object.fromEntries(FILTER_KEYS.filter((k) => f[k]).map((k) => [k, f[k]]));
}

/** StatisticsFilter for the query, null when nothing is chosen. */
export function filterVariables(f: DashboardFilter): Partial<DashboardFilter> | null {
  const v = filledIn(f);
  return Object.keys(v).length ? v : null;
}

/** GET /statistics.xlsx under the filter, one sheet when named. */
export function statisticsXlsxPath(f: DashboardFilter, sheet?: string): string {
  const q = new URLSearchParams({ ...filledIn(f), ...(sheet ? { sheet } : {}) });
  return `/statistics.xlsx${q.size ? `?${q}` : ''}`;
}
