import type { AppConfig } from '../../config/app-config';
import { PasswordHasher } from './password-hasher';

const hasher = (scryptCost: number) => new PasswordHasher({ scryptCost } as AppConfig);

describe('PasswordHasher', () => {
  it('should store its parameters and verify only the right password', async () => {
    const stored = await hasher(10).hash('password-123');
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await hasher(10).verify('password-123', stored)).toBe(true);
    expect(await hasher(10).verify('password-124', stored)).toBe(false);
  });

  it('should verify hashes of other parameters and ask for a rehash only when they are weaker', async () => {
    const weak = await hasher(10).hash('password-123');
    expect(await hasher(12).verify('password-123', weak)).toBe(true);
    expect(hasher(12).needsRehash(weak)).toBe(true);
    expect(hasher(10).needsRehash(weak)).toBe(false);
    expect(hasher(10).needsRehash(await hasher(12).hash('password-123'))).toBe(false);
  });

  it('should refuse, not throw on, stored values that are no usable hash', async () => {
    const h = hasher(10);
    for (const stored of ['', 'plain', 'bcrypt$2b$10$x', 'scrypt$1024$8$1$c2FsdA==', 'scrypt$x$8$1$c2FsdA==$aGFzaA==', 'scrypt$4194304$8$1$c2FsdA==$aGFzaA==']) {
      expect(await h.verify('password-123', stored)).toBe(false);
    }
  });
});
