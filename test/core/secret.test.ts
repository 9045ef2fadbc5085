import { expect } from '@open-wc/testing';
import { fromBase64Url, newReceipt, receiptHash, sealReceipt, sha256, toBase64Url, unsealReceipt } from '../../src/core/secret.js';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('core: secrets for anonymous ballots', () => {
  it('hashes with SHA-256 (standard test vectors, and the same as WebCrypto)', async () => {
    expect(hex(sha256(''))).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256('abc'))).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).to.equal(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    for (const text of ['é👩🏽‍💻', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'x'.repeat(1000)]) {
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
      expect(hex(sha256(text)), `${text.length} chars`).to.equal(hex(expected));
    }
  });

  it('makes receipts of 192 random bits in base64url, hashed per poll', () => {
    const receipts = new Set(Array.from({ length: 50 }, newReceipt));
    expect(receipts.size).to.equal(50);
    for (const r of receipts) {
      expect(r).to.match(/^[\w-]{32}$/);
      expect(fromBase64Url(r)).to.have.length(24);
    }
    const [r] = receipts;
    expect(receiptHash('poll-a', r!)).to.equal(receiptHash('poll-a', r!));
    expect(receiptHash('poll-a', r!)).not.to.equal(receiptHash('poll-b', r!));
    expect(toBase64Url(new Uint8Array([251, 255]))).to.equal('-_8');
  });

  it('seals a receipt so only the holder of the key can read it back', () => {
    const receipt = newReceipt();
    const sealed = sealReceipt(receipt, 'client-key')!;
    expect(sealed).not.to.equal(receipt);
    expect(unsealReceipt(sealed, 'client-key')).to.equal(receipt);
    expect(unsealReceipt(sealed, 'other-key')).not.to.equal(receipt);
  });
});
