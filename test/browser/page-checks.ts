// What the insight and quality specs check on a page: GraphQL round trips that wait on earlier ones,
// form controls without an accessible name, the page's width at a tablet's, and Element Plus selects.
import type { Page } from 'playwright-core';

interface Trip {
  start: number;
  end: number;
}

/**
 * The longest chain of GraphQL round trips in which each was sent after the one before had answered
 * (requests sent together are one level): how many waits a page makes its reader sit through.
 */
export function roundTripDepth(trips: Trip[]): number {
  const sorted = [...trips].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  sorted.forEach((t, i) => {
    depth[i] = 1 + Math.max(0, ...sorted.slice(0, i).map((p, j) => (p.end <= t.start ? depth[j] : 0)));
  });
  return Math.max(0, ...depth);
}

/** Records the page's GraphQL requests over HTTP (the live socket is not a round trip a page waits on). */
export function trackGraphql(page: Page): { trips: Trip[]; pending: () => number } {
  const trips: Trip[] = [];
  const open = new Map<object, number>();
  page.on('request', (r) => r.url().endsWith('/graphql') && r.method() === 'POST' && open.set(r, performance.now()));
  page.on('requestfinished', (r) => {
    const start = open.get(r);
    if (start === undefined) return;
    open.delete(r);
    trips.push({ start, end: performance.now() });
  });
  return { trips, pending: () => open.size };
}

const CONTROLS = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'checkbox', 'radio', 'switch', 'spinbutton', 'slider', 'button', 'menuitem', 'link', 'tab']);

/** The page's controls by the browser's accessibility tree: how many, and those a screen reader could not name. */
export async function controlNames(page: Page): Promise<{ controls: number; unnamed: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[] };
  const controls = nodes.filter((n) => !n.ignored && CONTROLS.has(n.role?.value ?? ''));
  const unnamed = controls.filter((n) => !n.name?.value?.trim());
  const described: string[] = [];
  for (const n of unnamed) {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId })) as { object: { objectId: string } };
    const html = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.outerHTML.slice(0, 160); }', returnByValue: true })) as { result: { value: string } };
    described.push(`${n.role!.value}: ${html.result.value}`);
  }
  await cdp.detach();
  return { controls: controls.length, unnamed: described };
}

/**
 * How far the page (or its <main> region, which scrolls by itself) runs past its width when the window
 * is a tablet's (768 px): 0 when nothing needs a sideways scroll. The window is put back afterwards.
 */
export async function overflowAtTablet(page: Page): Promise<number> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: 768, height: 1024 });
  const width = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    return Math.max(0, document.documentElement.scrollWidth - 768, main.scrollWidth - main.clientWidth);
  });
  await page.setViewportSize(before);
  return width;
}

/** Opens an Element Plus select by its label and picks an option (typing first narrows a searchable one). */
export async function pick(page: Page, label: string, option: string, typed?: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  // The select's placeholder lies over its input.
  await box.click({ force: true });
  if (typed) await box.fill(typed);
  await page.getByRole('option', { name: option }).click();
}
