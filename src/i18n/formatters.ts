/*
 * Intl formatters are costly to build and cheap to reuse: one per constructor, locale and options.
 * Bounded so a page cycling through many locales cannot grow it without limit.
 */
type Ctor<T, O> = new (locale: string, options?: O) => T;

const cache = new Map<string, unknown>();
const LIMIT = 200;

export function formatter<T, O>(ctor: Ctor<T, O>, locale: string, options?: O): T {
  const key = `${ctor.name}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (!value) {
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, (value = new ctor(locale, options)));
  }
  return value;
}
