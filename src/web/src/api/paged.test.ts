import { describe, expect, it } from 'vitest';
import { usePaged } from './paged';

/** A fetch whose answers the test releases in any order. */
function controlled() {
  const pending: { window: { limit: number; offset: number }; resolve: (v: { totalCount: number; items: string[] }) => void }[] = [];
  const fetch = (window: { limit: number; offset: number }) => new Promise<{ totalCount: number; items: string[] }>((resolve) => pending.push({ window, resolve }));
  return { fetch, pending };
}

describe('usePaged', () => {
  it('asks for the page window of the current page', async () => {
    const { fetch, pending } = controlled();
    const paged = usePaged(fetch, 20);
    paged.page.value = 3;
    const done = paged.load();
    expect(pending[0].window).toEqual({ limit: 20, offset: 40 });
    pending[0].resolve({ totalCount: 41, items: ['x'] });
    await done;
    expect(paged.data.value).toEqual({ totalCount: 41, items: ['x'] });
    expect(paged.loading.value).toBe(false);
  });

  it('shows the latest request’s answer when an earlier one arrives after it', async () => {
    const { fetch, pending } = controlled();
    const paged = usePaged(fetch);
    const first = paged.load();
    const second = paged.reload();
    pending[1].resolve({ totalCount: 1, items: ['筛选后'] });
    await second;
    pending[0].resolve({ totalCount: 99, items: ['全部'] });
    await first;
    expect(paged.data.value.items).toEqual(['筛选后']);
    expect(paged.page.value).toBe(1);
  });
});
