import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { secretKey, signWebhook, verifyWebhook, webhookHeaders } from '../../src/report/webhook-signature.js';
import { nextAttemptAt } from '../../src/report/webhooks.js';
import { parseBackoff } from '../../src/ledger/backoff.js';

describe('Standard Webhooks signatures', () => {
  it('reproduces the published test vector', () => {
    // From the Standard Webhooks / Svix reference libraries' tests (svix-php testSignFunctionWorks).
    const sig = signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(sig).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('uses a secret without the whsec_ prefix as its UTF-8 bytes', () => {
    const expected = createHmac('sha256', Buffer.from('plain secret', 'utf8')).update('evt_1.1700000000.{}').digest('base64');
    expect(signWebhook('plain secret', 'evt_1', 1700000000, '{}')).toBe(`v1,${expected}`);
    expect(secretKey('whsec_AAEC')).toEqual(Buffer.from([0, 1, 2]));
    expect(() => secretKey('whsec_not base64!')).toThrow(/base64/);
  });

  it('builds the three headers, and verifies any of several signatures', () => {
    const h = webhookHeaders('s3cret', 'evt_x', 1700000001, '{"a":1}');
    expect(h).toMatchObject({ 'webhook-id': 'evt_x', 'webhook-timestamp': '1700000001', 'content-type': 'application/json' });
    expect(verifyWebhook('s3cret', 'evt_x', '1700000001', '{"a":1}', `v1,bm9wZQ== ${h['webhook-signature']}`)).toBe(true);
    expect(verifyWebhook('s3cret', 'evt_x', '1700000001', '{"a":2}', h['webhook-signature'])).toBe(false);
    expect(webhookHeaders(null, 'evt_x', 1, '{}')['webhook-signature']).toBeUndefined();
  });
});

describe('webhook retry decision', () => {
  const backoff = parseBackoff('1s,x4,max=1h');
  it('backs off exponentially, then gives up after the last attempt', () => {
    expect(nextAttemptAt(0, 3, { ...backoff, jitter: 0 }, 1000)).toBe(2000);
    expect(nextAttemptAt(1, 3, { ...backoff, jitter: 0 }, 1000)).toBe(5000);
    expect(nextAttemptAt(2, 3, backoff, 1000)).toBeNull();
    expect(nextAttemptAt(0, 1, backoff, 1000)).toBeNull();
  });
});
