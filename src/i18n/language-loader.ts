/*
 * Languages fetched when first needed. The CDN bundle ships English only and sets a loader that
 * imports a language's module the first time an element resolves to it; npm users import the
 * languages they want instead, and no loader is set. Registering the strings updates every
 * connected element (the localize registry does that), so the text switches in place.
 */

type Loader = (language: string) => Promise<unknown> | undefined;

let loader: Loader | undefined;
const requested = new Set<string>(['en']);

/** `load(language)` imports that language's strings (a primary subtag: "fr", never "fr-ch"). */
export function setLanguageLoader(load: Loader): void {
  loader = load;
}

/** Asks the loader for a language once; a language it cannot load stays English, quietly. */
export function requestLanguage(language: string): void {
  if (!loader || requested.has(language)) return;
  requested.add(language);
  loader(language)?.catch((error: unknown) => console.warn(`Chorus: the "${language}" strings did not load; showing English.`, error));
}
