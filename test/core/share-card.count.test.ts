import { expect } from '@open-wc/testing';
import { CAPTION_LIMITS, countCaption, emojiPattern, xWeightedLength } from '../../src/core/share-card.count.js';

/*
 * The counter as the card shows it, in the browser. Every X figure below is what twitter-text's
 * parseTweet(text).weightedLength answers (share-card.count.node-test.ts compares the two on
 * random text in Node, where twitter-text loads).
 */
describe('share card: caption counters', () => {
  it('counts X the way X does: Latin 1, CJK 2, an emoji sequence 2, a link 23 whatever its length', () => {
    expect(xWeightedLength('hello')).to.equal(5);
    expect(xWeightedLength('café')).to.equal(4);
    expect(xWeightedLength('我们的团队')).to.equal(10);
    expect(xWeightedLength('👍')).to.equal(2);
    expect(xWeightedLength('👍🏽')).to.equal(2); // with a skin tone
    expect(xWeightedLength('👩🏽‍💻')).to.equal(2); // ZWJ sequence with a skin tone
    expect(xWeightedLength('👨‍👩‍👧‍👦 family')).to.equal(9);
    expect(xWeightedLength('🇫🇷')).to.equal(2);
    expect(xWeightedLength('1️⃣')).to.equal(2);
    expect(xWeightedLength('©')).to.equal(1); // text style: a Latin-1 character
    expect(xWeightedLength('©️')).to.equal(2); // emoji style
    const caption = "Bravo à l'équipe 🎉 #employee https://contoso.com/news/2025/06/a-very-long-slug-that-goes-on?utm_source=x";
    expect(xWeightedLength(caption)).to.equal(53);
  });

  it('finds the same emoji in a browser without the regex `v` flag (the fallback pattern)', () => {
    const text = '👍🏽👍 👨‍👩‍👧‍👦 👩🏽‍💻 🏳️‍🌈 🏴‍☠️ ❤️‍🔥 🏃🏻‍♀️ 🫱🏼‍🫲🏾 🇫🇷🇩🇪 1️⃣ #️⃣ ©️ © ™ ♥ ☺ ☺️ 1 # a';
    const found = (re: RegExp) => [...text.matchAll(re)].map((m) => m[0]);
    expect(found(emojiPattern(false))).to.deep.equal(found(emojiPattern()));
    expect(found(emojiPattern(false))).to.have.length(15); // not ©, ™, ♥ or ☺ in text style, nor 1, # or a
  });

  it('counts a composed and a decomposed accent alike (NFC first)', () => {
    expect(xWeightedLength('e\u0301')).to.equal(1);
    expect(xWeightedLength('e\u0301')).to.equal(xWeightedLength('é'));
    // A combining mark with no precomposed form stays a character of its own.
    expect(xWeightedLength('q\u0307')).to.equal(2);
  });

  it('finds links with or without a scheme, as X links them', () => {
    expect(xWeightedLength('contoso.com/careers')).to.equal(23);
    expect(xWeightedLength('https://example.com')).to.equal(23);
    expect(xWeightedLength('https://例え.jp')).to.equal(23);
    expect(xWeightedLength('Read this: www.contoso.fr.')).to.equal(35); // the full stop is not the link's
    expect(xWeightedLength('(https://example.com)')).to.equal(25);
    // Not links: an e-mail address, another scheme, credentials, a mention-like or hashtag-like glue.
    expect(xWeightedLength('mail me at a@contoso.com')).to.equal(24);
    expect(xWeightedLength('ftp://contoso.com')).to.equal(17);
    expect(xWeightedLength('https://user:pass@example.com')).to.equal(29);
    expect(xWeightedLength('#example.com')).to.equal(12);
  });

  it('warns past each network limit and says what remains', () => {
    expect(countCaption('a'.repeat(280), 'x')).to.deep.equal({ used: 280, limit: 280, over: false, remaining: 0 });
    expect(countCaption('我'.repeat(141), 'x')).to.deep.equal({ used: 282, limit: 280, over: true, remaining: -2 });
    expect(countCaption('a'.repeat(3001), 'linkedin')).to.include({ limit: 3000, over: true, remaining: -1 });
    expect(CAPTION_LIMITS.facebook).to.equal(63206);
  });

  it('counts on X the link the intent adds after the text: a space and 23, however long the link', () => {
    const link = 'https://contoso.com/news/2025/06/a-very-long-slug?utm_source=x&utm_medium=social&ref=r_7Hk2';
    expect(countCaption('a'.repeat(256), 'x', link)).to.include({ used: 280, over: false });
    expect(countCaption('a'.repeat(257), 'x', link)).to.include({ used: 281, over: true });
    expect(countCaption('', 'x', link).used).to.equal(23);
    // Other networks show the link as a preview, not in the caption's count.
    expect(countCaption('hello', 'linkedin', link).used).to.equal(5);
  });

  it('counts graphemes elsewhere: a family emoji or a flag is one character, a link its own length', () => {
    expect(countCaption('👨‍👩‍👧‍👦🇫🇷', 'linkedin').used).to.equal(2);
    expect(countCaption('我们', 'facebook').used).to.equal(2);
    expect(countCaption('https://contoso.com', 'teams').used).to.equal(19);
    expect(countCaption('', 'email')).to.include({ used: 0, over: false });
  });
});
