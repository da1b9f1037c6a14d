import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { menuFor } from './menu';

const page = (path: string, title: string, meta: Record<string, unknown> = {}): RouteRecordRaw => ({ path, component: {}, meta: { title, ...meta } });
const ROUTES = [
  page('/login', '登录', { public: true, hidden: true }),
  page('/', '需求大厅', { public: true }),
  page('/demands/:code', '需求详情', { public: true }),
  page('/review', '审核队列', { roles: ['ADMIN'] }),
  page('/my-demands', '我的需求', { roles: ['ENTERPRISE'] }),
  page('/users', '用户管理', { roles: ['ADMIN'], group: '系统管理' }),
  page('/join-requests', '加入申请', { roles: ['ADMIN', 'ENTERPRISE'], group: '系统管理' }),
];

describe('menuFor', () => {
  it('shows a visitor the public pages only, never a page with a parameter or a hidden one', () => {
    expect(menuFor(ROUTES, undefined)).toEqual([{ path: '/', title: '需求大厅' }]);
  });

  it('puts a group the role sees more than one page of under one sub-menu, where its first page was', () => {
    expect(menuFor(ROUTES, 'ADMIN')).toEqual([
      { path: '/', title: '需求大厅' },
      { path: '/review', title: '审核队列' },
      { group: '系统管理', items: [{ path: '/users', title: '用户管理' }, { path: '/join-requests', title: '加入申请' }] },
    ]);
  });

  it('shows a group’s only page for the role as a plain entry', () => {
    expect(menuFor(ROUTES, 'ENTERPRISE')).toEqual([
      { path: '/', title: '需求大厅' },
      { path: '/my-demands', title: '我的需求' },
      { path: '/join-requests', title: '加入申请' },
    ]);
  });
});
