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
  let rand = '';
  // The Web Crypto global, not node:crypto: importing that module costs every command (status
  // included, which makes no id) ~7 ms at start; the global loads only when an id is made.
  for (const b of globalThis.crypto.getRandomValues(new Uint8Array(6))) rand += ALPHABET[b % 32];
  return `${prefix}_${base32(now, 9)}${base32(seq, 4)}${rand}`;
}
