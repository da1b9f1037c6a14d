// The web console in a real browser: Debian's Chromium driven by playwright-core, against the app
// booted on a fresh seeded SQLite file. Any console error or failed request fails the test.
import { join } from 'node:path';
import { Console, DEMO, SCREENSHOTS, startConsole } from './browser-setup';

describe('web console (Chromium)', () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole();
  }, 240_000);
  afterAll(() => c?.close());

  it('serves every asset from the app itself', async () => {
    const { page, problems } = await c.open('/');
    // Reload once the first load is over (a reload mid-load aborts its requests), watching every host asked.
    await page.waitForLoadState('networkidle');
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await page.reload();
    await page.getByRole('heading', { name: '需求大厅' }).waitFor();
    expect([...hosts]).toEqual([new URL(c.base).host]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'demands.png') });
    await page.close();
  });

  it('the admin opens the dashboard with charts and their table alternatives, and logs out', async () => {
    const { page, problems } = await c.open('/login?next=/dashboard');
    await c.login(page, DEMO.admin);
    await page.waitForURL(`${c.base}/dashboard`);
    await page.getByRole('heading', { name: '统计看板' }).waitFor();
    await page.getByRole('img', { name: '揭榜漏斗' }).locator('canvas').waitFor();
    await page.getByText('已发布').first().waitFor();
    // The chart's table alternative holds the same figures.
    await page.getByText('数据表', { exact: true }).first().click();
    await page.getByRole('table', { name: '揭榜漏斗' }).getByRole('cell', { name: '已发布' }).waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${c.base}/login`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the server’s message on a wrong password, in Chinese, at the field', async () => {
    const { page } = await c.open('/login');
    await page.getByLabel('邮箱').fill('admin@demo.jiebang.cn');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.el-form-item__error').filter({ hasText: /[\u4e00-\u9fff]/ }).waitFor();
    expect(page.url()).toBe(`${c.base}/login`);
    await page.close();
  });

  it('a deep link reloads to the same demand, with its matches for the admin', async () => {
    const { page, problems } = await c.open('/login?next=/demands/JX-2022-001');
    await c.login(page, DEMO.admin);
    await page.waitForURL(`${c.base}/demands/JX-2022-001`);
    const title = page.locator('h1');
    await title.waitFor();
    const name = await title.textContent();
    await page.getByRole('heading', { name: '匹配人才' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.getByRole('heading', { name: name! }).waitFor();
    await page.getByRole('heading', { name: '匹配人才' }).waitFor();
    await page.getByText(/^匹配度[强中弱]/).first().waitFor();
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'demand.png'), fullPage: true });
    await page.close();
  });
});
