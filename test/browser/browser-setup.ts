// Boots the seeded app on a port and Debian's Chromium (playwright-core) for the console's browser tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page, Request } from 'playwright-core';
import { consoleDir } from '../../src/common/http/web-console';
import { Gql } from '../setup/test-app';
import { createTestApp, TestApp } from '../setup/test-app';
import { LOGIN } from '../setup/fixtures';

const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test', 'browser', 'screenshots');
export const DEMO_PASSWORD = 'jiebang-demo-2026';
export const DEMO = {
  admin: 'admin@demo.jiebang.cn',
  expert: 'expert@demo.jiebang.cn',
  enterprise: 'enterprise@demo.jiebang.cn',
  researcher: 'researcher@demo.jiebang.cn',
};

export interface Console {
  t: TestApp;
  base: string;
  browser: Browser;
  /** A new page (own context: own session) whose console errors and failed requests are collected. */
  open(path: string): Promise<{ page: Page; problems: string[]; context: BrowserContext }>;
  /** Signs in on the login page shown. */
  login(page: Page, email: string): Promise<void>;
  /** A new page signed in as a demo account, once it has landed on `home` (the role's own page). */
  signIn(email: string, home: string): Promise<{ page: Page; problems: string[]; context: BrowserContext }>;
  /** A GraphQL client signed in as a demo account, for arranging data. */
  api(email: string): Promise<Gql>;
  close(): Promise<void>;
}

export async function startConsole(): Promise<Console> {
  // `npm run build` builds the console; a bare `npm test` builds it here when it is missing.
  if (!consoleDir() && spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('npm run build:web failed');
  const t = await createTestApp({ SEED: 'true' });
  const server = await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const c: Console = {
    t,
    base,
    browser,
    async open(path) {
      const problems: string[] = [];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
      // A reload aborts what the page still had in flight, or started before the new page replaced it:
      // that is the test's doing, not a failure (the console itself never aborts a request).
      let navigations = 0;
      let navigating = false;
      const startedAt = new WeakMap<Request, number>();
      page.on('request', (r) => {
        if (r.isNavigationRequest() && r.frame() === page.mainFrame()) {
          navigations += 1;
          navigating = true;
        }
        startedAt.set(r, navigating && !r.isNavigationRequest() ? navigations - 1 : navigations);
      });
      page.on('framenavigated', (f) => f === page.mainFrame() && (navigating = false));
      page.on('requestfailed', (r) => {
        const abortedByNavigation = r.failure()?.errorText === 'net::ERR_ABORTED' && startedAt.get(r) !== navigations;
        if (!abortedByNavigation) problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
      });
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
      await page.goto(base + path);
      return { page, problems, context };
    },
    async login(page, email) {
      await page.getByLabel('邮箱').fill(email);
      await page.getByLabel('密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
    },
    async signIn(email, home) {
      const opened = await c.open('/login');
      await c.login(opened.page, email);
      await opened.page.waitForURL(base + home);
      return opened;
    },
    async api(email) {
      const token = (await new Gql(t.app).ok(LOGIN, { email, password: DEMO_PASSWORD })).login.token;
      return new Gql(t.app, token);
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
  return c;
}

/** At a tablet's width (768 px) the page does not scroll sideways (wide tables scroll inside their own box); back to 1280×800 after. */
export async function expectFitsTablet(page: Page): Promise<void> {
  await page.setViewportSize({ width: 768, height: 1024 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Opens a page from the main menu as a person does: through its sub-menu (系统管理) when it sits in one. */
export async function openFromMenu(page: Page, title: string): Promise<void> {
  const item = page.getByRole('menuitem', { name: title, exact: true });
  if (!(await item.isVisible())) await page.getByRole('menuitem', { name: '系统管理' }).click();
  await item.click();
}
