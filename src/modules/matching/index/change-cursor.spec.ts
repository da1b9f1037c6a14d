import { ChangeCursor } from './change-cursor';

describe('ChangeCursor', () => {
  let now = 0;
  beforeEach(() => (now = 1_000_000));

  it('should advance without gaps when numbers arrive in order', () => {
    const c = new ChangeCursor(10, 60_000, () => now);
    c.advance([11, 12, 13]);
    expect(c.top).toBe(13);
    expect(c.openGaps).toEqual([]);
  });

  it('should keep a skipped number open until it appears, splitting the gap', () => {
    const c = new ChangeCursor(10, 60_000, () => now);
    c.advance([11, 15]);
    expect(c.openGaps).toEqual([expect.objectContaining({ from: 12, to: 14 })]);
    c.fill([13]);
    expect(c.openGaps.map((g) => [g.from, g.to])).toEqual([
      [12, 12],
      [14, 14],
    ]);
    c.fill([12, 14]);
    expect(c.openGaps).toEqual([]);
  });

  it('should give up on a gap older than the longest transaction (a rollback never appears)', () => {
    const c = new ChangeCursor(0, 60_000, () => now);
    c.advance([5]);
    now += 60_001;
    expect(c.openGaps).toEqual([]);
  });

  it('should merge gaps past the bound instead of growing without limit', () => {
    const c = new ChangeCursor(0, 60_000, () => now);
    c.advance(Array.from({ length: 200 }, (_, i) => 2 * (i + 1)));
    expect(c.openGaps.length).toBeLessThanOrEqual(50);
    expect(c.openGaps[0].from).toBe(1);
    expect(c.top).toBe(400);
  });
});
