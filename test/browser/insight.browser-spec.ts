// The bureau's insight pages in Chromium against the seeded app: the dashboard filtered by a list and
// a period (kept in the URL across a reload), one chart exported as its own XLSX sheet, and
// 一企一台账 for a seeded enterprise down to one demand's dated ledger; the enterprise sees its own.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { Console, DEMO, SCREENSHOTS, startConsole } from './browser-setup';
import { pick, overflowAtTablet } from './page-checks';

const LIST = '嘉兴市2022年企业关键技术需求榜单';
const ENTERPRISE = '嘉兴科润新材料科技有限公司';
const DEMAND = 'JX-2022-003';

async function workbook(download: Download): Promise<ExcelJS.Workbook> {
  expect(await download.failure()).toBeNull();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await download.path())!) as never);
  return book;
}

describe('web console: the dashboard and 一企一台账 (Chromium)', () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole();
  }, 240_000);
  afterAll(() => c?.close());

  async function signedIn(path: string, email = DEMO.admin) {
    const opened = await c.open(`/login?next=${encodeURIComponent(path)}`);
    await c.login(opened.page, email);
    await opened.page.waitForURL((u) => u.pathname === path.split('?')[0]);
    return opened;
  }

  /** The funnel's 已发布 figure, read from its table alternative. */
  const publishedInFunnel = async (page: Page) => {
    const cell = page.getByRole('table', { name: '揭榜漏斗' }).getByRole('row', { name: /已发布/ }).getByRole('cell').nth(1);
    return Number(await cell.textContent());
  };

  it('the admin filters by a list and a period, reloads, and exports the funnel as its own sheet', async () => {
    const { page, problems, context } = await signedIn('/dashboard');
    await page.getByRole('heading', { name: '统计看板' }).waitFor();
    const funnel = page.getByRole('img', { name: '揭榜漏斗' });
    await funnel.locator('canvas').waitFor();
    await page.getByText('数据表', { exact: true }).first().click();
    const all = await publishedInFunnel(page);

    await pick(page, '榜单', LIST);
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('list') === LIST);
    await page.getByRole('table', { name: '揭榜漏斗' }).getByRole('row', { name: /已发布/ }).filter({ hasNotText: String(all) }).waitFor();
    const inList = await publishedInFunnel(page);
    expect(inList).toBeGreaterThan(0);
    expect(inList).toBeLessThan(all);

    await page.getByLabel('发布日期从').fill('2022-01-01');
    await page.getByLabel('发布日期从').press('Enter');
    await page.getByLabel('至', { exact: true }).fill('2022-06-30');
    await page.getByLabel('至', { exact: true }).press('Enter');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.waitForURL((u) => u.searchParams.get('to') === '2022-06-30' && u.searchParams.get('from') === '2022-01-01');
    await page.getByRole('table', { name: '揭榜漏斗' }).getByRole('row', { name: /已发布/ }).filter({ hasNotText: String(inList) }).waitFor();
    const inPeriod = await publishedInFunnel(page);
    expect(inPeriod).toBeLessThan(inList);

    // A reload shows the same filter and figures.
    await page.reload();
    await page.getByText('数据表', { exact: true }).first().click();
    expect(await publishedInFunnel(page)).toBe(inPeriod);
    expect(await page.getByLabel('发布日期从').inputValue()).toBe('2022-01-01');
    await page.getByRole('form', { name: '筛选条件' }).getByText(LIST).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出“揭榜漏斗”XLSX' }).click()]);
    expect(download.suggestedFilename()).toBe('揭榜统计-揭榜漏斗.xlsx');
    const book = await workbook(download);
    expect(book.worksheets.map((w) => w.name)).toEqual(['漏斗']);
    expect(book.getWorksheet('漏斗')!.getRow(2).values).toEqual([undefined, '发布', inPeriod]);

    await page.getByRole('img', { name: /中榜者在匹配引擎排名中的位置/ }).locator('canvas').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    expect(await overflowAtTablet(page)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the admin opens 一企一台账 for a seeded enterprise, drills into a demand’s dated ledger and exports it', async () => {
    const { page, problems, context } = await signedIn('/review');
    await page.getByRole('menuitem', { name: '一企一台账' }).click();
    await page.getByRole('heading', { name: '一企一台账' }).waitFor();
    await pick(page, '企业', ENTERPRISE, '科润');
    await page.waitForURL((u) => !!u.searchParams.get('org'));
    const row = page.getByRole('row').filter({ hasText: DEMAND });
    await row.getByText('攻关中').waitFor();
    await row.getByText(/^(绿|黄|红)（/).waitFor();

    await row.getByRole('button', { name: `查看${DEMAND}的台账明细` }).click();
    const drawer = page.getByRole('dialog', { name: new RegExp(`${DEMAND} .*台账明细`) });
    await drawer.getByText('导入需求').first().waitFor();
    await expect(drawer.getByText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/).count()).resolves.toBeGreaterThan(0);
    await drawer.screenshot({ path: join(SCREENSHOTS, 'ledger-entries.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The deep link reloads to the same enterprise.
    await page.reload();
    await page.getByRole('heading', { name: new RegExp(ENTERPRISE) }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `导出${ENTERPRISE}的台账 XLSX` }).click()]);
    const sheet = (await workbook(download)).getWorksheet('一企一台账')!;
    expect(sheet.rowCount).toBe(1 + (await page.getByRole('row').filter({ hasText: /JX-2022-\d+/ }).count()));
    expect(sheet.rowCount).toBeGreaterThan(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'ledger.png'), fullPage: true });
    expect(await overflowAtTablet(page)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an enterprise sees its own 一企一台账 without choosing', async () => {
    const { page, problems, context } = await signedIn('/ledger', DEMO.enterprise);
    await page.getByRole('heading', { name: '一企一台账' }).waitFor();
    await page.getByRole('heading', { name: /项需求$/ }).waitFor();
    expect(await page.getByRole('combobox', { name: '企业' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
