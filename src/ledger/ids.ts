const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

function base32(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = ALPHABET[n % 32] + out;
    n = Math.floor(n / 32);
  }
  return out;
}

let lastMs = 0;
let seq = 0;

/**
 * A sortable, readable id: `job_` + 9 chars of time + 4 chars of a per-millisecond counter +
 * 6 random chars. Ids made by one process sort in creation order, even within a millisecond
 * (the ledgers order jobs created at the same time by id); across processes the random part
 * (30 bits) keeps them apart.
 */
export function newId(prefix: 'job' | 'run' | 'evt' | 'wrk'): string {
  const now = Date.now();
  if (now === lastMs) seq++;
  else {
    lastMs = now;
    seq = 0;
  }
  return `${prefix}_${base32(now, 9)}${base32(seq, 4)}${randomChars(6)}`;
}

/**
 * `n` random base32 chars. Ids need to be apart, not secret: Math.random, which V8 seeds from the
 * system's entropy in every process, not node:crypto or the Web Crypto global, either of which
 * loads Node's crypto internals (~3 ms of CPU at a run's start: ../lazy-crypto.ts).
 */
export function randomChars(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHABET[Math.floor(Math.random() * 32)];
  return out;
}
