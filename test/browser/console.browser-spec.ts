// The web console in a real browser: Debian's Chromium driven by playwright-core, against the app
// booted on a fresh seeded SQLite file. Any console error or failed request fails the test.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { consoleDir } from '../../src/common/http/web-console';
import { createTestApp, TestApp } from '../setup/test-app';

const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test', 'browser', 'screenshots');
const PASSWORD = 'jiebang-demo-2026';

describe('web console (Chromium)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let problems: string[];

  beforeAll(async () => {
    // `npm run build` builds the console; a bare `npm test` builds it here when it is missing.
    if (!consoleDir()) expect(spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' }).status).toBe(0);
    t = await createTestApp({ SEED: 'true' });
    const server = await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(path: string): Promise<Page> {
    problems = [];
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    await page.goto(base + path);
    return page;
  }

  async function login(page: Page, email: string) {
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
  }

  it('serves every asset from the app itself', async () => {
    const page = await open('/');
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await page.reload();
    await page.getByRole('heading', { name: '需求大厅' }).waitFor();
    expect([...hosts]).toEqual([new URL(base).host]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'demands.png') });
    await page.close();
  });

  it('the admin logs in, lands on the dashboard with charts, and logs out', async () => {
    const page = await open('/login');
    await login(page, 'admin@demo.jiebang.cn');
    await page.waitForURL(`${base}/dashboard`);
    await page.getByRole('heading', { name: '统计看板' }).waitFor();
    await page.getByRole('img', { name: '揭榜漏斗' }).locator('canvas').waitFor();
    await page.getByText('已发布').first().waitFor();
    // The chart's table alternative holds the same figures.
    await page.getByText('以表格查看').first().click();
    await page.getByRole('table', { name: '揭榜漏斗' }).getByRole('cell', { name: '已发布' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${base}/login`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the server’s message on a wrong password, in Chinese, at the field', async () => {
    const page = await open('/login');
    await page.getByLabel('邮箱').fill('admin@demo.jiebang.cn');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.el-form-item__error').filter({ hasText: /[\u4e00-\u9fff]/ }).waitFor();
    expect(page.url()).toBe(`${base}/login`);
    await page.close();
  });

  it('a deep link reloads to the same demand, with its matches for the admin', async () => {
    const page = await open('/login?next=/demands/JX-2022-001');
    await login(page, 'admin@demo.jiebang.cn');
    await page.waitForURL(`${base}/demands/JX-2022-001`);
    const title = page.locator('h1');
    await title.waitFor();
    const name = await title.textContent();
    await page.getByRole('heading', { name: '匹配人才' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: name! }).waitFor();
    await page.getByRole('heading', { name: '匹配人才' }).waitFor();
    await page.getByText(/^匹配度[强中弱]/).first().waitFor();
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'demand.png'), fullPage: true });
    await page.close();
  });
});
