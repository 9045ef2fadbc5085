import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { captionFor, captionParts, composeCaption, lockedTokens, missingLockedParts, normalizeCaption } from '../../src/core/share-card.caption.js';
import type { LockedParts } from '../../src/core/share-card.domain.js';

/** Standalone, case-insensitive occurrences of a tag ("#employee" not in "#employees"). */
const occurrences = (text: string, tag: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}_#]+/u)
    .filter((word) => word === tag.toLowerCase()).length;

const locked: LockedParts = { disclosure: '#employee', hashtags: ['#Contoso', '#hiring'] };

describe('share card: caption with locked parts', () => {
  it('keeps the caption as written when every locked part is there', () => {
    expect(composeCaption('We are #hiring! #employee #Contoso', locked)).to.equal('We are #hiring! #employee #Contoso');
  });

  it('puts back a deleted locked part at the end, in order, once', () => {
    expect(composeCaption('We are hiring!', locked)).to.equal('We are hiring! #employee #Contoso #hiring');
    expect(composeCaption('#hiring now', locked)).to.equal('#hiring now #employee #Contoso');
    expect(composeCaption('', locked)).to.equal('#employee #Contoso #hiring');
  });

  it('treats a hashtag case-insensitively but not inside a longer word or tag', () => {
    expect(missingLockedParts('#EMPLOYEE #contoso #Hiring', locked)).to.deep.equal([]);
    expect(missingLockedParts('#employees #ContosoLabs x#hiring', locked)).to.deep.equal(['#employee', '#Contoso', '#hiring']);
    // Glued tags are not linked by networks, so they do not count either.
    expect(missingLockedParts('#employee#Contoso, #hiring.', locked)).to.deep.equal(['#employee', '#Contoso']);
  });

  it('normalises whitespace: runs of spaces, trailing spaces, blank lines, control characters', () => {
    expect(normalizeCaption('  Hello \t  world  \n\n\n\nBye\u0000 ')).to.equal('Hello world\n\nBye');
    expect(composeCaption('Line one   \r\nLine two', { disclosure: null, hashtags: [] })).to.equal('Line one\nLine two');
  });

  it('drops empty and repeated locked parts', () => {
    expect(lockedTokens({ disclosure: ' #ad ', hashtags: ['', '#Ad', '#news', '#news'] })).to.deep.equal(['#ad', '#news']);
  });

  it('tells the editor which slices are locked', () => {
    expect(captionParts('Join us #employee today #hiring', locked)).to.deep.equal([
      { text: 'Join us ', locked: false },
      { text: '#employee', locked: true },
      { text: ' today ', locked: false },
      { text: '#hiring', locked: true },
    ]);
    expect(captionParts('plain', { disclosure: null, hashtags: [] })).to.deep.equal([{ text: 'plain', locked: false }]);
  });

  it('picks the network variant, else the default', () => {
    const captions = { default: 'Long version', x: 'Short' };
    expect(captionFor(captions, 'x')).to.equal('Short');
    expect(captionFor(captions, 'linkedin')).to.equal('Long version');
  });

  it('whatever the user types, the composed caption holds each locked part, and composing again changes nothing', () => {
    const text = fc
      .array(fc.constantFrom('Hello', ' ', '\n', '#employee', '#Employees', '#hiring', 'é', '🎉', '\t', '#'), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (typed) => {
        const once = composeCaption(typed, locked);
        expect(missingLockedParts(once, locked)).to.deep.equal([]);
        expect(composeCaption(once, locked)).to.equal(once);
        // A part already there is not added again; a missing one is added exactly once.
        for (const token of lockedTokens(locked)) {
          const had = occurrences(normalizeCaption(typed), token);
          expect(occurrences(once, token)).to.equal(had || 1);
        }
      }),
    );
  });
});
