// Shapes the flat industry list (industries(includeRetired: true)) into the rows of the taxonomy tree:
// top-level industries, then the children of each expanded one; a search shows its matches with their ancestors.

export interface IndustryItem {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  retiredAt?: string | null;
  parent?: { id: string } | null;
}

export interface TreeRow<T extends IndustryItem = IndustryItem> {
  industry: T;
  /** 0 for a top-level industry. */
  depth: number;
  childCount: number;
  expanded: boolean;
  /** Held open by a search (the way to a match): not to be closed. */
  held?: boolean;
}

const matches = (i: IndustryItem, q: string) => [i.name, i.code, ...i.aliases].some((s) => s.toLowerCase().includes(q));

/** The rows to show, in the server's order within each parent. */
export function treeRows<T extends IndustryItem>(list: T[], expanded: ReadonlySet<string>, query = ''): TreeRow<T>[] {
  const ids = new Set(list.map((i) => i.id));
  const children = new Map<string | null, T[]>();
  for (const i of list) {
    // A parent missing from the list (it should not be) puts the industry at the top rather than hiding it.
    const parent = i.parent && ids.has(i.parent.id) ? i.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), i]);
  }
  const q = query.trim().toLowerCase();
  // With a search: the matches, and their ancestors held open; a match opens like any row.
  const hits = new Set<string>();
  const ancestors = new Set<string>();
  if (q) {
    const byId = new Map(list.map((i) => [i.id, i]));
    for (const i of list.filter((x) => matches(x, q))) {
      hits.add(i.id);
      for (let at = i.parent ? byId.get(i.parent.id) : undefined; at && !ancestors.has(at.id); at = at.parent ? byId.get(at.parent.id) : undefined) ancestors.add(at.id);
    }
  }
  const rows: TreeRow<T>[] = [];
  const walk = (parent: string | null, depth: number, filtered: boolean) => {
    for (const industry of children.get(parent) ?? []) {
      const held = filtered && ancestors.has(industry.id);
      if (filtered && !held && !hits.has(industry.id)) continue;
      const childCount = children.get(industry.id)?.length ?? 0;
      const open = childCount > 0 && (held || expanded.has(industry.id));
      rows.push({ industry, depth, childCount, expanded: open, held });
      // Below a match everything shows; below an ancestor only the way to the matches.
      if (open) walk(industry.id, depth + 1, held && !hits.has(industry.id));
    }
  };
  walk(null, 0, !!q);
  return rows;
}

/** "量子传感；量子精密测量, 量子" → the aliases, as files and people write lists (、，,；; or new lines). */
export const splitNames = (text: string): string[] => [...new Set(text.split(/[、，,；;\n]+/).map((s) => s.trim()).filter(Boolean))];
