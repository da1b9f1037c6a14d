import { randomInt } from 'node:crypto';

// Unambiguous characters only (no 0/O, 1/I/L), so a code read over the phone survives.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A human-facing code such as JB-2026-7K3Q9X for records created in the app rather than imported. */
export function generateCode(prefix: string, year: number, length = 6): string {
  let suffix = '';
  for (let i = 0; i < length; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `${prefix}-${year}-${suffix}`;
}
