// The console's first load (issue item 8): the dashboard opened signed in, in Chromium against the
// seeded app, from navigation start until its charts are drawn; and the gzipped JavaScript it ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { consoleDir } from '../../src/common/http/web-console';
import { DEMO, startConsole } from '../browser/browser-setup';
import { roundTripDepth, trackGraphql } from '../browser/page-checks';

const CHARTS = 7;
const RUNS = 5;

/** Every JavaScript file of the built console, gzipped (level 9, as a server would send it), in KB. */
function shippedJsKb(dir: string): number {
  const assets = join(dir, 'assets');
  const bytes = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
  return Math.round(bytes / 1024);
}

export async function consoleLoadBench(): Promise<Record<string, number>> {
  const c = await startConsole();
  try {
    const { page: login, context: first } = await c.open('/login');
    await c.login(login, DEMO.admin);
    await login.waitForURL(`${c.base}/review`);
    const stored = (await login.evaluate(() => localStorage.getItem('jiebang.session')))!;
    await first.close();

    const times: number[] = [];
    let depth = 0;
    for (let i = 0; i < RUNS; i++) {
      // A new context each time: an empty cache, as on a first visit.
      const context = await c.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      await context.addInitScript((s) => localStorage.setItem('jiebang.session', s), stored);
      const page = await context.newPage();
      const graphql = trackGraphql(page);
      await page.goto(`${c.base}/dashboard`);
      await page.waitForFunction((n) => document.querySelectorAll('figure.chart canvas').length >= n, CHARTS);
      // performance.now() counts from the navigation's start.
      times.push(Math.round(await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))))));
      await page.waitForLoadState('networkidle');
      depth = Math.max(depth, roundTripDepth(graphql.trips));
      await context.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { firstLoadMs: times[0], medianLoadMs: sorted[Math.floor(RUNS / 2)], maxLoadMs: sorted[RUNS - 1], graphqlDepth: depth, shippedJsGzipKb: shippedJsKb(consoleDir()!) };
  } finally {
    await c.close();
  }
}

if (require.main === module) void consoleLoadBench().then((r) => console.log(`console load: ${JSON.stringify(r)}`));
