import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, scrypt as scryptCb, timingSafeEqual, ScryptOptions } from 'node:crypto';
import { APP_CONFIG } from '../../config/app-config';
import type { AppConfig } from '../../config/app-config';

// OWASP's first scrypt choice is N=2^17, r=8, p=1: 128 MiB per hash (128·N·r bytes), above
// Node's 32 MiB default maxmem, hence the raised limit (which also bounds parameters read back).
const R = 8;
const P = 1;
const MAXMEM = 256 * 1024 * 1024;
const KEY_LENGTH = 32;

interface Stored {
  params: { N: number; r: number; p: number };
  salt: Buffer;
  hash: Buffer;
}

function scrypt(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  // The async form runs on libuv's pool, so a login does not block the event loop for ~0.4 s.
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFKC'), salt, KEY_LENGTH, { ...params, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** scrypt$N$r$p$salt$hash, the format since the start: each hash carries its own parameters. */
function parse(stored: string): Stored | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (scheme !== 'scrypt' || !hash || rest.length || !Object.values(params).every((v) => Number.isSafeInteger(v) && v > 0)) return null;
  return { params, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

/** Hashes and checks passwords at the configured scrypt cost (SCRYPT_COST). */
@Injectable()
export class PasswordHasher {
  private readonly params: { N: number; r: number; p: number };
  private dummy?: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.params = { N: 2 ** config.scryptCost, r: R, p: P };
  }

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scrypt(password, salt, this.params);
    const { N, r, p } = this.params;
    return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  /** False for a wrong password and for a stored value that is no hash of ours (or needs more than MAXMEM). */
  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parse(stored);
    if (!parsed) return false;
    const key = await scrypt(password, parsed.salt, parsed.params).catch(() => null);
    return !!key && key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
  }

  /** Spends a verification's time when there is no account, so timing does not tell which e-mails exist. */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(password, await this.dummy);
    return false;
  }

  /** True when the stored hash was made with weaker parameters than today's. */
  needsRehash(stored: string): boolean {
    const parsed = parse(stored);
    if (!parsed) return false;
    const { N, r, p } = parsed.params;
    return N < this.params.N || r < this.params.r || p < this.params.p;
  }
}
