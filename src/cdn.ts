/*
 * The entry of dist/cdn/chorus.js, the one-file bundle for pages without a build step: every
 * element (all.ts) with English. Other languages are separate files next to it
 * (chorus.fr.js, …), fetched the first time an element shows that language (its `lang`, the
 * provider's `locale` or the page's), so a French page loads French and nothing else.
 */
import './all.js';
import { setLanguageLoader } from './i18n/language-loader.js';

const languages: Record<string, () => Promise<unknown>> = {
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  it: () => import('./i18n/it.js'),
  es: () => import('./i18n/es.js'),
};
setLanguageLoader((language) => languages[language]?.());

// The adapters are the files chorus.rest.js and chorus.memory.js beside this one.
export * from './library.js';
