import { expect } from '@open-wc/testing';
import { buttonNamed, deepQuery, deepQueryAll, waitFor } from '../support.js';

/*
 * Every widget, on a page served with the strict CSP and Trusted Types policy the README
 * documents (csp.middleware.mjs), loaded in a same-origin frame: it must render its content with
 * no `securitypolicyviolation`, and the poll's bars must keep their widths (a blocked style
 * attribute would draw every bar at 100%).
 */

type Page = Window & { chorusCsp?: { violations: string[]; adapter?: unknown } };

describe('every widget under the strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  // The frame's elements are of another realm (instanceof Element fails): search their shadow roots.
  const q = (sel: string) => frame.contentDocument!.querySelector(sel)?.shadowRoot as unknown as HTMLElement;

  before(async function () {
    // The page loads every widget's modules, transformed on first request: seconds on a busy machine.
    this.timeout(40000);
    frame = Object.assign(document.createElement('iframe'), { src: '/test/embed/csp-page.html', width: 1000, height: 3000 });
    document.body.append(frame);
    await waitFor(() => (frame.contentWindow as Page).chorusCsp?.adapter, 'the CSP page ran', 35000);
  });
  after(() => frame.remove());

  const ready: [tag: string, shows: (el: HTMLElement) => boolean][] = [
    ['chorus-kudos-wall', (el) => deepQueryAll(el, 'article.card').length > 0],
    ['chorus-poll', (el) => !!deepQuery(el, '[part="poll"]')],
    ['chorus-feedback-box', (el) => !!deepQuery(el, '[role="tabpanel"]')],
    ['chorus-share-card', (el) => !!deepQuery(el, '.title, h2, h3')],
    ['chorus-share-feed', (el) => !!deepQuery(el, 'li.item')],
    ['chorus-post-composer', (el) => !!deepQuery(el, 'form')],
    ['chorus-leaderboard', (el) => !!deepQuery(el, '.title')],
  ];
  for (const [tag, shows] of ready) {
    it(`${tag} renders its content`, async function () {
      this.timeout(12000);
      await waitFor(() => q(tag) && shows(q(tag)), `${tag} shows its content`, 10000);
    });
  }

  it('draws the poll result bars at their percentages, and avatars in their colour', async () => {
    const poll = q('chorus-poll');
    buttonNamed(poll, 'See results')!.click();
    const fills = await waitFor(() => {
      const f = deepQueryAll<HTMLElement>(poll, '.bars .fill');
      return f.length === 4 && f.every((x) => x.getBoundingClientRect().width > 0) ? f : undefined;
    }, 'result bars');
    const shown = deepQueryAll(poll, '.bars .percent').map((p) => Number.parseInt(p.textContent!, 10));
    const drawn = fills.map((f) => Math.round((100 * f.getBoundingClientRect().width) / f.parentElement!.getBoundingClientRect().width));
    expect(drawn).to.deep.equal(shown);
    expect(shown).to.not.deep.equal([100, 100, 100, 100]);
    const avatar = await waitFor(() => deepQuery<HTMLElement>(q('chorus-kudos-wall'), '.avatar'), 'an avatar');
    expect(getComputedStyle(avatar).getPropertyValue('--_hue')).to.not.equal('');
  });

  it('reports no CSP violation', async () => {
    // Give the last widget's render a frame to report anything it was refused.
    await new Promise((r) => requestAnimationFrame(r));
    expect((frame.contentWindow as Page).chorusCsp!.violations).to.deep.equal([]);
  });
});

describe('a second copy refused its Trusted Types policy (no allow-duplicates)', () => {
  type Page = Window & { chorusTwoCopies?: { errors: string[]; secondCopy?: string } };
  let frame: HTMLIFrameElement;
  const page = () => (frame.contentWindow as Page).chorusTwoCopies!;
  const q = (sel: string) => frame.contentDocument!.querySelector(sel)?.shadowRoot as unknown as HTMLElement;

  before(async function () {
    this.timeout(40000);
    frame = Object.assign(document.createElement('iframe'), { src: '/test/embed/two-copies-page.html', width: 1000, height: 1500 });
    document.body.append(frame);
    await waitFor(() => (frame.contentWindow as Page).chorusTwoCopies?.secondCopy, 'the second copy was tried', 35000);
  });
  after(() => frame.remove());

  it('is refused, and the page logs one error naming the fix', async () => {
    expect(page().secondCopy).to.match(/^refused: /);
    await waitFor(() => page().errors.length > 0, 'an error logged');
    expect(page().errors, page().errors.join('\n')).to.have.length(1);
    expect(page().errors[0]).to.contain('refused the Trusted Types policy "lit-html"').and.to.contain("Fix: trusted-types lit-html 'allow-duplicates'");
  });

  it('leaves the widgets it was to configure in an error, never on demo data', async () => {
    for (const tag of ['#loose', 'chorus-poll']) {
      const root = tag === '#loose' ? q('#loose') : (frame.contentDocument!.querySelector('chorus-poll')!.shadowRoot as unknown as HTMLElement);
      const alert = await waitFor(() => deepQuery(root, '[role="alert"]'), `${tag} shows an error`);
      expect(alert.textContent).to.contain('isn’t connected to its service');
      expect(deepQueryAll(root, 'article.card, [part="poll"]')).to.have.length(0);
    }
    expect(page().errors).to.have.length(1);
  });
});
