/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): `v1,` + base64 of
 * HMAC-SHA256 over `${id}.${timestamp}.${body}`. A secret written `whsec_<base64>` is the
 * base64 of the key, as the spec and its reference libraries have it; any other secret is
 * used as its UTF-8 bytes.
 */
import { nodeCrypto } from '../lazy-crypto.js';

export function secretKey(secret: string): Buffer {
  if (secret.startsWith('whsec_')) {
    const b64 = secret.slice('whsec_'.length);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new Error('a secret starting with "whsec_" must continue in base64 (Standard Webhooks)');
    return Buffer.from(b64, 'base64');
  }
  return Buffer.from(secret, 'utf8');
}

/** The `webhook-signature` value for one attempt. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = nodeCrypto().createHmac('sha256', secretKey(secret)).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The headers of one attempt: the id stays, the timestamp and signature are fresh. */
export function webhookHeaders(secret: string | null, id: string, timestampSeconds: number, body: string): Record<string, string> {
  const h: Record<string, string> = {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
  };
  if (secret) h['webhook-signature'] = signWebhook(secret, id, timestampSeconds, body);
  return h;
}

/** Receiver side, for tests and users' examples: true when any `v1,` signature in the header matches. */
export function verifyWebhook(secret: string, id: string, timestampSeconds: number | string, body: string, header: string): boolean {
  const expected = Buffer.from(signWebhook(secret, id, Number(timestampSeconds), body));
  return header.split(' ').some((sig) => {
    const got = Buffer.from(sig);
    return got.length === expected.length && nodeCrypto().timingSafeEqual(got, expected);
  });
}
