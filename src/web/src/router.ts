import { createRouter, createWebHistory, RouteRecordRaw } from 'vue-router';
import type { Role } from './api/session';
import { session } from './api/session';

declare module 'vue-router' {
  interface RouteMeta {
    title: string;
    roles?: Role[];
    public?: boolean;
    /** Not a menu entry (reached otherwise). */
    hidden?: boolean;
    /** A sub-menu the entry sits in (when the role sees more than one of its entries). */
    group?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./pages/LoginPage.vue'), meta: { title: '登录', public: true, hidden: true } },
  { path: '/register', component: () => import('./pages/RegisterPage.vue'), meta: { title: '注册', public: true, hidden: true } },
  { path: '/', component: () => import('./pages/DemandsPage.vue'), meta: { title: '需求大厅', public: true } },
  { path: '/demands/:code', component: () => import('./pages/DemandPage.vue'), meta: { title: '需求详情', public: true } },
  { path: '/review', component: () => import('./pages/ReviewPage.vue'), meta: { title: '审核队列', roles: ['ADMIN'] } },
  { path: '/lists', component: () => import('./pages/ListsPage.vue'), meta: { title: '榜单管理', roles: ['ADMIN'] } },
  { path: '/import', component: () => import('./pages/ImportPage.vue'), meta: { title: '导入数据', roles: ['ADMIN'] } },
  { path: '/dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { title: '统计看板', roles: ['ADMIN'] } },
  { path: '/my-demands', component: () => import('./pages/MyDemandsPage.vue'), meta: { title: '我的需求', roles: ['ENTERPRISE'] } },
  { path: '/my-demands/new', component: () => import('./pages/DemandEditPage.vue'), meta: { title: '发布需求', hidden: true, roles: ['ENTERPRISE'] } },
  { path: '/my-demands/:code/edit', component: () => import('./pages/DemandEditPage.vue'), meta: { title: '编辑需求', hidden: true, roles: ['ENTERPRISE'] } },
  { path: '/ledger', component: () => import('./pages/LedgerPage.vue'), meta: { title: '一企一台账', roles: ['ADMIN', 'ENTERPRISE'] } },
  { path: '/reviews', component: () => import('./pages/ReviewTasksPage.vue'), meta: { title: '评审任务', roles: ['EXPERT'] } },
  { path: '/recommended', component: () => import('./pages/RecommendedPage.vue'), meta: { title: '推荐需求', roles: ['RESEARCHER'] } },
  { path: '/my-bids', component: () => import('./pages/MyBidsPage.vue'), meta: { title: '我的揭榜', roles: ['RESEARCHER'] } },
  { path: '/profile', component: () => import('./pages/ProfilePage.vue'), meta: { title: '我的档案', roles: ['RESEARCHER'] } },
  { path: '/search', component: () => import('./pages/SearchPage.vue'), meta: { title: '搜索', public: true } },
  { path: '/users', component: () => import('./pages/UsersPage.vue'), meta: { group: '系统管理', title: '用户管理', roles: ['ADMIN'] } },
  { path: '/taxonomy', component: () => import('./pages/TaxonomyPage.vue'), meta: { group: '系统管理', title: '行业分类', roles: ['ADMIN'] } },
  { path: '/join-requests', component: () => import('./pages/JoinRequestsPage.vue'), meta: { group: '系统管理', title: '加入申请', roles: ['ENTERPRISE', 'ADMIN'] } },
  { path: '/inbox', component: () => import('./pages/InboxPage.vue'), meta: { title: '我的消息', hidden: true, roles: ['ADMIN', 'EXPERT', 'ENTERPRISE', 'RESEARCHER'] } },
  { path: '/:rest(.*)*', component: () => import('./pages/NotFoundPage.vue'), meta: { title: '页面不存在', public: true } },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!session.user) return { path: '/login', query: { next: to.fullPath } };
  if (to.meta.roles && !to.meta.roles.includes(session.user.role)) return { path: '/' };
  return true;
});

router.afterEach((to) => {
  document.title = `${to.meta.title} · 揭榜`;
});
