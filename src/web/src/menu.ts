import type { RouteRecordRaw } from 'vue-router';
import type { Role } from './api/session';

export interface MenuLink {
  path: string;
  title: string;
}
export type MenuEntry = MenuLink | { group: string; items: MenuLink[] };

/**
 * The menu a role sees, in the routes' order: pages it may open, a group's pages under one sub-menu
 * (in place of its first page) when it sees more than one of them. The server's role matrix still decides.
 */
export function menuFor(routes: readonly RouteRecordRaw[], role: Role | undefined): MenuEntry[] {
  const links = routes.filter((r) => r.meta?.title && !r.path.includes(':') && !r.meta.hidden && (!r.meta.roles || (role && r.meta.roles.includes(role))));
  const grouped = new Map<string, MenuLink[]>();
  for (const r of links) if (r.meta!.group) grouped.set(r.meta!.group, [...(grouped.get(r.meta!.group) ?? []), { path: r.path, title: r.meta!.title }]);
  const entries: MenuEntry[] = [];
  for (const r of links) {
    const items = r.meta!.group ? grouped.get(r.meta!.group)! : undefined;
    if (!items || items.length === 1) entries.push({ path: r.path, title: r.meta!.title });
    else if (items[0].path === r.path) entries.push({ group: r.meta!.group!, items });
  }
  return entries;
}
