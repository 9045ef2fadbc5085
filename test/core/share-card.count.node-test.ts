import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { xWeightedLength } from '../../src/core/share-card.count.js';

/*
 * X's counter against twitter-text itself. A Node test (run: node --import tsx --test
 * test/core/share-card.count.node-test.ts): twitter-text is CommonJS with extensionless ESM and
 * core-js imports, which the browser runner cannot load; the name keeps it out of wtr's glob.
 *
 * The generator is honest about what the counter does not reproduce (see share-card.count.ts):
 * emoji come from Emoji 11 and earlier (twitter-text 3.1's twemoji-parser knows no later ones),
 * URLs without a scheme use TLDs the short list holds, and free text never forms a domain by
 * chance (its words hold no '.'; a full stop comes as ". "), and a URL's TLD is never followed by a
 * letter. Everything else is drawn freely and
 * glued without spaces too: ASCII, Latin-1, combining marks, CJK, Cyrillic, Arabic, URLs with and
 * without scheme, paths, queries, fragments, parentheses and trailing punctuation.
 */
const require = createRequire(import.meta.url);
const { parseTweet } = require('twitter-text') as { parseTweet: (text: string) => { weightedLength: number } };

const EMOJI = ['👍', '👍🏽', '👨‍👩‍👧', '👩🏽‍💻', '🏳️‍🌈', '🇫🇷', '🇩🇪', '1️⃣', '#️⃣', '❤️', '©️', '😀', '🎉', '🙌🏿', '👋', '🤝', '🧑', '🥳'];
const URLS = [
  'https://contoso.com',
  'http://contoso.com/news',
  'https://www.contoso.co.uk/a/b?x=1&y=2#top',
  'contoso.com',
  'www.example.org/path',
  'blog.example.io/2025/06/post-title',
  'https://example.com/a(b)c',
  'example.fr?q=1',
  'https://例え.jp/パス',
  'https://xn--bcher-kva.de',
  'https://example.com:8080/x',
  'https://t.co/abc123',
  'https://example.com/@user/',
  'café.fr',
  'https://example.com/search?q=caf%C3%A9&lang=fr',
];
// What follows a URL: never a letter glued to its TLD ("contoso.comA" is a URL here, not there).
const URL_ENDS = [' ', '. ', ', ', ') ', '\n', '!', '/', '/x.', '?x=1', '#top', '…'];
const ASCII_WORD = fc.stringMatching(/^[A-Za-z0-9 ,!?:;'"()@#$%&*+=\-_/\n]{1,12}$/);
const code = (from: number, to: number) => fc.integer({ min: from, max: to }).map((n) => String.fromCodePoint(n));
const token = fc.oneof(
  { weight: 4, arbitrary: ASCII_WORD },
  { weight: 2, arbitrary: code(0xa0, 0xff) },
  { weight: 1, arbitrary: code(0x300, 0x36f) },
  { weight: 2, arbitrary: code(0x4e00, 0x9fff) },
  { weight: 1, arbitrary: code(0x3040, 0x30ff) },
  { weight: 1, arbitrary: code(0x400, 0x4ff) },
  { weight: 1, arbitrary: code(0x600, 0x6ff) },
  { weight: 1, arbitrary: code(0x2000, 0x206f) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...URLS), fc.constantFrom(...URL_ENDS)).map(([url, end]) => url + end) },
  { weight: 1, arbitrary: fc.constantFrom('. ', '.\n', ' ', ')', '(') },
);
const caption = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(''));

describe('X counter (share-card.count) against twitter-text', () => {
  it('equals parseTweet(text).weightedLength on mixed scripts, emoji and URLs', () => {
    fc.assert(
      fc.property(caption, (text) => {
        assert.equal(xWeightedLength(text), parseTweet(text).weightedLength, JSON.stringify(text));
      }),
      { numRuns: Number(process.env.RUNS ?? 2000) },
    );
  });

  it('differs only where documented: a later emoji, a TLD the short list lacks, an unknown TLD after a scheme', () => {
    // twitter-text counts Emoji 12's ZWJ sequence per part (8); the browser knows it as one emoji.
    assert.equal(parseTweet('🧑‍🤝‍🧑').weightedLength, 8);
    assert.equal(xWeightedLength('🧑‍🤝‍🧑'), 2);
    // A bare "contoso.bank" is a URL to twitter-text; with a scheme both count it as one.
    assert.equal(parseTweet('contoso.bank').weightedLength, 23);
    assert.equal(xWeightedLength('contoso.bank'), 12);
    assert.equal(xWeightedLength('https://contoso.bank/x'), parseTweet('https://contoso.bank/x').weightedLength);
    // With a scheme, any letters-only TLD counts as a link here; twitter-text wants a known one.
    assert.equal(parseTweet('https://intranet.corp').weightedLength, 21);
    assert.equal(xWeightedLength('https://intranet.corp'), 23);
  });
});
