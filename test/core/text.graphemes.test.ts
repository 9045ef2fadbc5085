import { expect } from '@open-wc/testing';
import { graphemeCount, unreadable, visibleLength } from '../../src/core/text.js';

/*
 * core's grapheme walk cuts long text into pieces so that a megabyte costs what its length does
 * (Intl.Segmenter slows down with a string's length); the pieces must never change a count.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const reference = (text: string) => [...segmenter.segment(text)].length;

describe('core text: graphemes of long text', () => {
  const samples: Record<string, string> = {
    'CR LF': 'a\r\nb\r\n',
    'accents, combining': 'e\u0301te\u0301 '.repeat(400),
    'emoji with skin tones, no ASCII to cut at': '👍🏽'.repeat(900),
    'families (ZWJ sequences)': '👨‍👩‍👧‍👦'.repeat(300),
    flags: '🇫🇷🇩🇪🇮🇹'.repeat(300),
    Japanese: '日本語のテキスト'.repeat(300),
    Arabic: 'مرحبا بالعالم '.repeat(300),
    Devanagari: 'नमस्ते दुनिया '.repeat(300),
    Hangul: '한국어 텍스트 '.repeat(300),
    'a prepended mark before ASCII': '\u0600' + '1'.repeat(2000),
    'zero-width characters': 'a\u200b\u200bb'.repeat(600),
  };
  for (const [name, text] of Object.entries(samples)) {
    it(`counts as Intl.Segmenter does: ${name}`, () => {
      expect(graphemeCount(text)).to.equal(reference(text));
    });
  }

  it('still finds a stacked character anywhere in a long text, and takes a megabyte of ASCII', () => {
    const flood = 'a' + '\u0301'.repeat(40);
    expect(unreadable('x'.repeat(5000) + flood + 'y'.repeat(5000))).to.equal('stacked');
    expect(unreadable('日本語'.repeat(2000) + flood)).to.equal('stacked');
    expect(unreadable('data:image/png;base64,' + 'A'.repeat(1_000_000))).to.equal(null);
    expect(visibleLength('\u200b'.repeat(3000))).to.equal(0);
  });
});
