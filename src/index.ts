/*
 * The package's main entry: classes, types and helpers, both adapters included. It defines no
 * element, so importing it registers nothing; import `chorus-widgets/all.js` (or a widget's own
 * module) for that. A bundler keeps only what is used.
 */
export * from './library.js';
export * from './adapters/memory/index.js';
export * from './adapters/rest/index.js';
