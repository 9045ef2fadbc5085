import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ValidationError } from '../../src/core/errors.js';
import { REF_PARAM, isHttpUrl, shareIntent, trackedLink } from '../../src/core/share-card.links.js';

const share = { url: 'https://contoso.com/news?id=3&ref=abc', text: 'Proud of us! #employee', title: 'Q3 results & more' };

describe('share card: links', () => {
  it('accepts only absolute http(s) links with a host and no credentials', () => {
    for (const ok of ['https://contoso.com', 'http://contoso.com/a?b=1#c', 'HTTPS://CONTOSO.COM/', 'https://例え.jp/パス', 'https://10.0.0.1:8443/x']) {
      expect(isHttpUrl(ok), ok).to.equal(true);
    }
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://contoso.com',
      '//contoso.com/x',
      '/news',
      'contoso.com',
      'https://user:pass@contoso.com',
      'https://contoso.com@evil.example',
      'https:\\\\evil.example',
      'java\tscript:alert(1)',
      'https://contoso.com/\nx',
      ' https://contoso.com',
      'https://',
      'https:///x',
      '',
      42,
      null,
    ]) {
      expect(isHttpUrl(bad), String(bad)).to.equal(false);
    }
  });

  it('refuses any scheme but http(s), however it is spelled', () => {
    const scheme = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,10}$/).filter((s) => !/^https?$/i.test(s));
    fc.assert(fc.property(scheme, fc.webPath(), (s, path) => !isHttpUrl(`${s}:${path}`) && !isHttpUrl(`${s}://contoso.com${path}`)));
    // Whatever is glued around a hostile scheme, it is never taken for http(s).
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('javascript:', 'data:', 'vbscript:'),
        fc.string(),
        (a, s, b) => !isHttpUrl(a + s + b) || /^https?:\/\//i.test(a),
      ),
    );
  });

  it("tags a link for one share: UTM, campaign and the opaque ref, the link's own query and fragment kept as written", () => {
    expect(
      trackedLink('https://contoso.com/news?id=3&q=caf%C3%A9+au+lait,x#comments', { ref: 'r_7Hk2', network: 'linkedin', campaign: 'q3-results' }),
    ).to.equal('https://contoso.com/news?id=3&q=caf%C3%A9+au+lait,x&utm_source=linkedin&utm_medium=social&utm_campaign=q3-results&ref=r_7Hk2#comments');
    expect(trackedLink('https://contoso.com', { ref: 'r1', network: 'email' })).to.equal('https://contoso.com/?utm_source=email&utm_medium=email&ref=r1');
  });

  it("replaces the link's own utm_source/medium/campaign and ref rather than repeating them; keeps its other utm_*", () => {
    const tagged = trackedLink('https://contoso.com/?utm_source=newsletter&utm_content=hero&UTM_Medium=x&utm_campaign=old&ref=mine', {
      ref: 'r2',
      network: 'x',
      campaign: 'new',
    });
    expect(tagged).to.equal('https://contoso.com/?utm_content=hero&UTM_Medium=x&utm_source=x&utm_medium=social&utm_campaign=new&ref=r2');
    // Without a campaign of ours, the link's own stays.
    expect(trackedLink('https://contoso.com/?utm_campaign=spring', { ref: 'r3', network: 'teams' })).to.equal(
      'https://contoso.com/?utm_campaign=spring&utm_source=teams&utm_medium=chat&ref=r3',
    );
  });

  it("never duplicates a key and never loses the link's own parameters or fragment (random links)", () => {
    const link = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }).filter(isHttpUrl);
    fc.assert(
      fc.property(
        link,
        fc.constantFrom('linkedin', 'x', 'facebook', 'teams', 'email', 'native', 'copy' as const),
        fc.stringMatching(/^[\w-]{1,20}$/),
        (raw, network, ref) => {
          const before = new URL(raw),
            after = new URL(trackedLink(raw, { ref, network, campaign: 'c' }));
          for (const key of ['utm_source', 'utm_medium', 'utm_campaign', REF_PARAM]) expect(after.searchParams.getAll(key)).to.have.length(1);
          expect(after.searchParams.get(REF_PARAM)).to.equal(ref);
          expect(after.hash).to.equal(before.hash);
          expect(after.origin + after.pathname).to.equal(before.origin + before.pathname);
          const own = [...before.searchParams].filter(([key]) => !['utm_source', 'utm_medium', 'utm_campaign', REF_PARAM].includes(key));
          expect([...after.searchParams].slice(0, own.length)).to.deep.equal(own);
        },
      ),
    );
  });

  it('refuses to tag a link that is not http(s)', () => {
    expect(() => trackedLink('javascript:alert(1)', { ref: 'r', network: 'x' })).to.throw(ValidationError);
  });

  it("builds each network's exact share URL, encoding with %20 (never +)", () => {
    const u = 'https%3A%2F%2Fcontoso.com%2Fnews%3Fid%3D3%26ref%3Dabc';
    expect(shareIntent('linkedin', share)).to.deep.equal({
      kind: 'open',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
      copyCaptionFirst: true,
    });
    expect(shareIntent('x', share)).to.deep.equal({
      kind: 'open',
      href: `https://x.com/intent/tweet?text=Proud%20of%20us!%20%23employee&url=${u}`,
      copyCaptionFirst: false,
    });
    expect(shareIntent('facebook', share)).to.deep.equal({ kind: 'open', href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, copyCaptionFirst: true });
    expect(shareIntent('teams', share)).to.deep.equal({
      kind: 'open',
      href: `https://teams.microsoft.com/share?href=${u}&msgText=Proud%20of%20us!%20%23employee`,
      copyCaptionFirst: false,
    });
    expect(shareIntent('email', { ...share, text: 'Line 1\nLine 2' })).to.deep.equal({
      kind: 'open',
      copyCaptionFirst: false,
      href: `mailto:?subject=Q3%20results%20%26%20more&body=Line%201%0D%0ALine%202%0D%0A%0D%0Ahttps%3A%2F%2Fcontoso.com%2Fnews%3Fid%3D3%26ref%3Dabc`,
    });
    expect(shareIntent('native', share)).to.deep.equal({ kind: 'native', data: share });
    expect(shareIntent('copy', share)).to.deep.equal({ kind: 'copy', text: share.url });
  });

  it('round-trips any caption through the intent URL unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const x = shareIntent('x', { ...share, text });
        if (x.kind !== 'open') throw new Error('expected open');
        expect(new URL(x.href).searchParams.get('text')).to.equal(text);
        expect(x.href).not.to.match(/[ +]/);
      }),
    );
  });

  it('refuses to build a share for a link that is not http(s)', () => {
    expect(() => shareIntent('linkedin', { ...share, url: 'javascript:alert(document.cookie)' })).to.throw(ValidationError);
    expect(() => shareIntent('copy', { ...share, url: 'data:text/html,x' })).to.throw(ValidationError);
  });
});
