// Quality of the console as a whole (issue item 8), in Chromium against the seeded app: pages make
// few dependent GraphQL round trips, every control has a name a screen reader can say, and the main
// menu is reached with the Tab key.
import type { Page } from 'playwright-core';
import { Console, DEMO, startConsole } from './browser-setup';
import { controlNames, roundTripDepth, trackGraphql } from './page-checks';

const DEMAND = 'JX-2022-003';

describe('web console: round trips, accessible names and the keyboard (Chromium)', () => {
  let c: Console;
  let token: string;
  beforeAll(async () => {
    c = await startConsole();
    const { page, context } = await c.signIn(DEMO.admin, '/review');
    token = (await page.evaluate(() => localStorage.getItem('jiebang.session')))!;
    await context.close();
  }, 240_000);
  afterAll(() => c?.close());

  /** A fresh page load of `path`, signed in as the admin (the session kept in the browser) or anonymous. */
  async function load(path: string, signedIn: boolean) {
    const context = await c.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    if (signedIn) await context.addInitScript((s) => localStorage.setItem('jiebang.session', s), token);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    const graphql = trackGraphql(page);
    await page.goto(c.base + path);
    return { page, context, problems, graphql };
  }
  const settled = async (page: Page, pending: () => number) => {
    await page.waitForLoadState('networkidle');
    expect(pending()).toBe(0);
  };

  it('counts requests sent together as one round trip, and one sent after an answer as the next', () => {
    expect(roundTripDepth([])).toBe(0);
    expect(roundTripDepth([{ start: 0, end: 10 }, { start: 1, end: 12 }])).toBe(1);
    expect(roundTripDepth([{ start: 0, end: 10 }, { start: 11, end: 20 }, { start: 5, end: 30 }, { start: 21, end: 25 }])).toBe(3);
  });

  it('index.html preloads the opened route’s chunks', async () => {
    const html = await (await fetch(`${c.base}/dashboard`, { headers: { accept: 'text/html' } })).text();
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/DashboardPage-[\w-]+\.js">/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/DashboardPage-[\w-]+\.css">/);
    const demand = await (await fetch(`${c.base}/demands/${DEMAND}`, { headers: { accept: 'text/html' } })).text();
    expect(demand).toMatch(/href="\/assets\/DemandPage-[\w-]+\.js"/);
    expect(demand).not.toContain('DashboardPage');
  });

  it('the dashboard and an anonymous demand deep link wait on at most 3 GraphQL round trips', async () => {
    const dash = await load('/dashboard', true);
    await dash.page.getByRole('img', { name: '中榜者在匹配引擎排名中的位置' }).locator('canvas').waitFor();
    await settled(dash.page, dash.graphql.pending);
    expect(dash.graphql.trips.length).toBeGreaterThan(0);
    expect(roundTripDepth(dash.graphql.trips)).toBeLessThanOrEqual(3);
    expect(dash.problems).toEqual([]);
    await dash.context.close();

    const demand = await load(`/demands/${DEMAND}`, false);
    await demand.page.getByRole('heading', { name: '石墨烯高导热膜规模化制备工艺优化' }).waitFor();
    await settled(demand.page, demand.graphql.pending);
    expect(roundTripDepth(demand.graphql.trips)).toBeLessThanOrEqual(3);
    expect(demand.problems).toEqual([]);
    await demand.context.close();
  });

  it('every control on the main pages has an accessible name', async () => {
    const pages: [string, boolean, string][] = [
      ['/login', false, '登录揭榜平台'],
      ['/', false, '需求大厅'],
      [`/demands/${DEMAND}`, false, '石墨烯高导热膜规模化制备工艺优化'],
      ['/search', false, '搜索'],
      ['/dashboard', true, '统计看板'],
      ['/ledger', true, '一企一台账'],
      ['/review', true, '审核队列'],
      ['/lists', true, '榜单管理'],
      ['/import', true, '导入数据'],
    ];
    const unnamed: string[] = [];
    for (const [path, signedIn, heading] of pages) {
      const { page, context } = await load(path, signedIn);
      await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const found = await controlNames(page);
      // The menu's links at least: the tree was read.
      expect(found.controls).toBeGreaterThan(3);
      unnamed.push(...found.unnamed.map((u) => `${path} ${u}`));
      await context.close();
    }
    expect(unnamed).toEqual([]);
  });

  it('the main menu is reached with the Tab key and opens a page with Enter', async () => {
    const { page, context, problems } = await load('/review', true);
    await page.getByRole('heading', { name: '审核队列' }).waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 20 && !reached.includes('一企一台账'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''));
    }
    expect(reached).toEqual(expect.arrayContaining(['需求大厅', '审核队列', '统计看板', '一企一台账']));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '一企一台账' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
