import { PublicResponses } from './public-responses';

const answer = (text: string) => ({ body: Buffer.from(text), headers: { 'content-type': 'application/json' } });

describe('PublicResponses', () => {
  let now = 0;
  const store = (ttl = 1000, max = 1 << 20) => new PublicResponses(ttl, max, () => now);
  beforeEach(() => (now = 1_000_000));

  it('should keep an answer for the TTL and no longer', () => {
    const s = store();
    s.begin('k')(answer('{"data":1}'));
    now += 999;
    expect(s.get('k')?.body.toString()).toBe('{"data":1}');
    now += 1;
    expect(s.get('k')).toBeUndefined();
    expect(s.size).toBe(0);
  });

  it('should let waiters share the first computation, and not store one that began before a clear', async () => {
    const s = store();
    const done = s.begin('k');
    const waiting = s.pending('k');
    s.clear();
    done(answer('{"data":"stale"}'));
    expect(await waiting).toBeUndefined();
    expect(s.get('k')).toBeUndefined();
    s.begin('k')(answer('{"data":"fresh"}'));
    expect(s.get('k')?.body.toString()).toBe('{"data":"fresh"}');
  });

  it('should drop the oldest answers past the byte budget and never keep one larger than an eighth of it', () => {
    const s = store(1000, 800);
    for (const k of 'abcdefghi') s.begin(k)(answer('x'.repeat(99)));
    expect(s.get('a')).toBeUndefined();
    expect(s.get('b')).toBeDefined();
    expect(s.get('i')).toBeDefined();
    s.begin('big')(answer('x'.repeat(101)));
    expect(s.get('big')).toBeUndefined();
  });
});
