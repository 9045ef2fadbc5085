import { LocalizeController, registerTranslation } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import { en, type ChorusTranslation } from './en.js';

/*
 * @shoelace-style/localize resolves language per element (its own `lang`, then the page's) and
 * needs no page-wide setup. Its registry is shared by code, so our keys carry a `kudos.` /
 * `common.` namespace to never collide with another library's terms, and we fall back to our
 * own English rather than to whichever translation registered first.
 */
registerTranslation(en);

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest `[attr]` on the element or its ancestors, crossing shadow roots. */
function closestAttr(el: Element, attr: 'lang' | 'dir'): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute(attr) && node.getAttribute(attr)) {
      return node.getAttribute(attr);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export class ChorusLocalize extends LocalizeController<ChorusTranslation> {
  constructor(host: Host, private readonly contextLocale: () => string | undefined = () => undefined) {
    super(host);
  }

  /** Own `lang`, then the provider's locale, then the nearest ancestor's `lang`, then the page's. */
  override lang(): string {
    const tag = this.host.lang || this.contextLocale() || closestAttr(this.host, 'lang');
    if (tag) {
      try {
        return new Intl.Locale(tag.replace(/_/g, '-')).toString().toLowerCase();
      } catch {
        /* not a valid tag: fall through to the page's language */
      }
    }
    return super.lang();
  }

  /** Own `dir`, then the nearest ancestor's, then the page's; `auto` means the language's own. */
  override dir(): 'ltr' | 'rtl' {
    const dir = this.host.dir || closestAttr(this.host, 'dir') || super.dir();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    try {
      const locale = new Intl.Locale(this.lang()) as Intl.Locale & { getTextInfo?: () => { direction: string } };
      return locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
    } catch {
      return 'ltr';
    }
  }

  override term<K extends keyof ChorusTranslation>(key: K, ...args: TermArgs<K>): string {
    if (this.exists(key, { includeFallback: false })) return super.term(key, ...args);
    const term = en[key] as unknown;
    return typeof term === 'function' ? (term as (...a: unknown[]) => string)(...args) : String(term);
  }

  /** "3 minutes ago", picking the largest unit that fits. */
  ago(iso: string, now = Date.now()): string {
    const seconds = Math.round((Date.parse(iso) - now) / 1000);
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60],
    ];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return this.relativeTime(Math.round(seconds / size), unit, { numeric: 'auto' });
    }
    return this.relativeTime(0, 'second', { numeric: 'auto' });
  }

  /** "Ana, Ben and Chloé" in the element's language. */
  list(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
    return new Intl.ListFormat(this.lang(), { style: 'long', type }).format(items);
  }

  /** The plural category of `n` in the element's language, for plural-aware terms. */
  plural(n: number): Intl.LDMLPluralRule {
    return new Intl.PluralRules(this.lang()).select(n);
  }
}

type TermArgs<K extends keyof ChorusTranslation> = ChorusTranslation[K] extends (...args: infer A) => string ? A : [];

export { graphemeCount } from '../core/text.js';
