/*
 * The entry of dist/cdn/chorus.js, the one-file bundle for pages without a build step: every
 * element (all.ts) and every shipped language, since such a page cannot pick them. npm users
 * import widgets and languages one by one instead (or all.js, which has no translations).
 */
import './all.js';
import './i18n/fr.js';
import './i18n/de.js';
import './i18n/it.js';
import './i18n/es.js';

export * from './index.js';
