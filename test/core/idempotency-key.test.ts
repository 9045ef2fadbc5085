import { expect } from '@open-wc/testing';
import { idempotencyKey } from '../../src/core/idempotency-key.js';
import { withoutRandomUUID } from '../support.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotencyKey', () => {
  it('is a fresh version-4 UUID each time', () => {
    const keys = [idempotencyKey(), idempotencyKey()];
    for (const key of keys) expect(key).to.match(UUID_V4);
    expect(keys[0]).not.to.equal(keys[1]);
  });

  it('is still a fresh version-4 UUID where crypto.randomUUID is missing (plain http)', () => {
    const restore = withoutRandomUUID();
    try {
      expect(crypto.randomUUID).to.equal(undefined);
      const keys = Array.from({ length: 50 }, () => idempotencyKey());
      for (const key of keys) expect(key).to.match(UUID_V4);
      expect(new Set(keys).size).to.equal(50);
    } finally {
      restore();
    }
  });
});
