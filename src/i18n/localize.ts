import { LocalizeController, registerTranslation, type Translation } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import { en, type ChorusTranslation, type WidgetStrings } from './en.js';
import { formatter } from './formatters.js';
import { requestLanguage } from './language-loader.js';

/*
 * @shoelace-style/localize resolves language per element (its own `lang`, then the page's) and
 * needs no page-wide setup. Its registry is shared by code, so our keys carry a `kudos.` /
 * `common.` namespace to never collide with another library's terms, and we fall back to our
 * own English rather than to whichever translation registered first.
 *
 * Rendering a long list calls term() thousands of times, so the language is resolved once per
 * update and each language's merged dictionary once per registration (the library builds
 * Intl.Locale objects on every lookup).
 */
registerTranslation(en);

type Host = ReactiveControllerHost & HTMLElement;
type Dictionary = Partial<Record<keyof ChorusTranslation, unknown>>;

const dictionaries = new Map<string, Dictionary>();
/** The English fallback: the shared strings, plus each widget's once one of its elements exists. */
const english: Dictionary = { ...en };
const registered = new WeakSet<object>();

/** Adds a widget's English strings to the fallback and to the registry (once per strings object). */
function registerEnglish(strings: WidgetStrings): void {
  if (registered.has(strings)) return;
  registered.add(strings);
  Object.assign(english, strings);
  registerTranslation({ $code: 'en', $name: 'English', $dir: 'ltr', ...strings } as Translation);
  dictionaries.clear();
}

/** Registers translations of Chorus strings (one object per locale, shaped like `en`). */
export function registerChorusTranslation(...translations: (Translation & Partial<ChorusTranslation>)[]): void {
  registerTranslation(...translations);
  dictionaries.clear();
}

/** Registers one widget's strings in a language (`$code`, `$name` and `$dir` from its shared strings). */
export function registerChorusStrings(language: Pick<Translation, '$code' | '$name' | '$dir'>, strings: WidgetStrings): void {
  registerTranslation({ $code: language.$code, $name: language.$name, $dir: language.$dir, ...strings } as Translation);
  dictionaries.clear();
}

/** The nearest `[attr]` on the element or its ancestors, crossing shadow roots. */
function closestAttr(el: Element, attr: 'lang' | 'dir'): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute(attr)) return node.getAttribute(attr);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

function canonical(tag: string): string | null {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-')).toString().toLowerCase();
  } catch {
    return null;
  }
}

export class ChorusLocalize extends LocalizeController<ChorusTranslation> {
  private cachedLang: string | undefined;

  /**
   * `strings`: the element's own English strings (en.<widget>.ts), registered the first time one
   * of its elements is made; the shared ones (common, people) are always there.
   */
  constructor(
    host: Host,
    private readonly contextLocale: () => string | undefined = () => undefined,
    strings?: WidgetStrings,
  ) {
    super(host);
    if (strings) registerEnglish(strings);
  }

  /** A new update may follow a change of `lang` anywhere above: resolve it again. */
  hostUpdate(): void {
    this.cachedLang = undefined;
  }

  /** Own `lang`, then the provider's locale, then the nearest ancestor's `lang`, then the page's. */
  override lang(): string {
    if (this.cachedLang) return this.cachedLang;
    const tag = this.host.lang || this.contextLocale() || closestAttr(this.host, 'lang');
    return (this.cachedLang = (tag && canonical(tag)) || super.lang());
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

  /** Region-specific strings, then the language's, then English. */
  private dictionary(): Dictionary {
    const lang = this.lang();
    let dictionary = dictionaries.get(lang);
    if (!dictionary) {
      // getTranslationData is private in the library's types but is how it looks up its registry.
      const data = (
        this as unknown as { getTranslationData(l: string): { language: string; primary?: Dictionary; secondary?: Dictionary } }
      ).getTranslationData(lang);
      // Not registered: English for now, and the language fetched where a loader is set (the CDN bundle).
      if (!data.primary && !data.secondary && data.language) requestLanguage(data.language);
      dictionaries.set(lang, (dictionary = { ...english, ...data.secondary, ...data.primary }));
    }
    return dictionary;
  }

  override term<K extends keyof ChorusTranslation>(key: K, ...args: TermArgs<K>): string {
    const term = this.dictionary()[key] ?? english[key];
    return typeof term === 'function' ? (term as (...a: unknown[]) => string)(...args) : String(term);
  }

  override number(value: number | string, options?: Intl.NumberFormatOptions): string {
    const n = Number(value);
    return Number.isNaN(n) ? '' : formatter(Intl.NumberFormat, this.lang(), options).format(n);
  }

  override date(value: Date | string, options?: Intl.DateTimeFormatOptions): string {
    return formatter(Intl.DateTimeFormat, this.lang(), options).format(new Date(value));
  }

  /** "Thursday 3 December 2026, 09:00–10:00": a span, its shared parts said once. */
  dateRange(from: Date | string | number, to: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return formatter(Intl.DateTimeFormat, this.lang(), options).formatRange(new Date(from), new Date(to));
  }

  override relativeTime(value: number, unit: Intl.RelativeTimeFormatUnit, options?: Intl.RelativeTimeFormatOptions): string {
    return formatter(Intl.RelativeTimeFormat, this.lang(), options).format(value, unit);
  }

  /**
   * "3 minutes ago", picking the largest unit that fits. With `precision: 'hour'`, for a time
   * stored rounded to the hour (an anonymous sender's), nothing finer than it is known:
   * "earlier this hour", "today", "yesterday", then the date.
   */
  ago(iso: string, now = Date.now(), precision: 'exact' | 'hour' = 'exact'): string {
    if (precision === 'hour') return this.hourAgo(iso, now);
    const seconds = Math.round((Date.parse(iso) - now) / 1000);
    const units: [Intl.RelativeTimeFormatUnit, number][] = [
      ['year', 31536000],
      ['month', 2592000],
      ['week', 604800],
      ['day', 86400],
      ['hour', 3600],
      ['minute', 60],
    ];
    for (const [unit, size] of units) {
      if (Math.abs(seconds) >= size) return this.relativeTime(Math.round(seconds / size), unit, { numeric: 'auto' });
    }
    return this.relativeTime(0, 'second', { numeric: 'auto' });
  }

  private hourAgo(iso: string, now: number): string {
    const at = Date.parse(iso);
    if (Math.floor(at / HOUR_MS) >= Math.floor(now / HOUR_MS)) return this.term('common.time.this-hour');
    const day = (ms: number) => {
      const d = new Date(ms);
      return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000;
    };
    const days = day(now) - day(at);
    if (days === 0 || days === 1) return this.relativeTime(-days, 'day', { numeric: 'auto' });
    return this.date(iso, { dateStyle: 'medium' });
  }

  /** "Ana, Ben and Chloé" in the element's language. */
  list(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
    return formatter(Intl.ListFormat, this.lang(), { style: 'long', type }).format(items);
  }

  /** The plural category of `n` in the element's language, for plural-aware terms. */
  plural(n: number): Intl.LDMLPluralRule {
    return formatter(Intl.PluralRules, this.lang()).select(n);
  }
}

const HOUR_MS = 3_600_000;

type TermArgs<K extends keyof ChorusTranslation> = ChorusTranslation[K] extends (...args: infer A) => string ? A : [];

export { graphemeCount } from '../core/text.js';
