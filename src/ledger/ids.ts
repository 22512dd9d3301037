import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/**
 * A sortable, readable id: `job_` + 9 chars of time + 10 random chars.
 * Sorting ids sorts by creation time; collisions need 50 random bits to coincide in one ms.
 */
export function newId(prefix: 'job' | 'run' | 'evt' | 'wrk'): string {
  let t = Date.now();
  let time = '';
  for (let i = 0; i < 9; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(10);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return `${prefix}_${time}${rand}`;
}
