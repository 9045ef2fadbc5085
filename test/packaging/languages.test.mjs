// `npm run test:packaging` (the end of `npm run build`): what a page loads when it imports a language, read from
// the built package (dist/), the files a host's bundler sees.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

import { cdnInitial, dist, loaded, source } from './built.mjs';

/** The string keys of one widget (`poll.`, `kudos.`…) found in the given modules. */
const keysOf = (part, modules) => modules.flatMap((m) => source(m).match(new RegExp(`["']${part}\\.[\\w.-]+["']`, 'g')) ?? []);

const files = readdirSync(new URL('i18n/', dist));
const languages = files.flatMap((f) => /^([a-z]{2})\.js$/.exec(f)?.[1] ?? []).filter((lang) => lang !== 'en');
const parts = files.flatMap((f) => /^en\.([a-z-]+)\.js$/.exec(f)?.[1] ?? []);

describe('languages in the built package', () => {
  it("ships each widget's strings in each language", () => {
    assert.deepEqual(languages, ['de', 'es', 'fr', 'it']);
    // Every en.<widget>.ts of the sources, widgets made by `npm run create` included.
    const sources = readdirSync(new URL('../../src/i18n/', import.meta.url)).flatMap((f) => /^en\.([a-z-]+)\.ts$/.exec(f)?.[1] ?? []);
    assert.deepEqual([...parts].sort(), sources.sort());
    assert.ok(parts.includes('kudos') && parts.includes('poll') && parts.includes('feedback'), `the three widgets' strings: ${parts.join(', ')}`);
  });

  for (const lang of languages) {
    for (const part of parts) {
      it(`${lang}.${part}.js loads that widget's ${lang} strings and the shared ones, no other widget's`, () => {
        const modules = loaded(`i18n/${lang}.${part}.js`);
        assert.ok(modules.includes(`i18n/${lang}.common.js`), `the shared strings in ${lang}: ${modules.join(', ')}`);
        assert.ok(keysOf(part, [`i18n/${lang}.${part}.js`]).length > 0, `its own strings are in ${lang}.${part}.js`);
        for (const other of parts.filter((p) => p !== part)) {
          assert.deepEqual(keysOf(other, modules), [], `no ${other} strings among ${modules.join(', ')}`);
        }
      });
    }

    it(`${lang}.js (every widget) loads every widget's ${lang} strings`, () => {
      const modules = loaded(`i18n/${lang}.js`);
      for (const part of parts) assert.ok(modules.includes(`i18n/${lang}.${part}.js`), `${lang}.js loads ${lang}.${part}.js`);
    });
  }

  it("the CDN bundle carries English; each other language is a file beside it, every widget's strings included", () => {
    // What a page loads before the bundle runs: chorus.js and the files it imports statically.
    const bundle = cdnInitial()
      .map((file) => source(`cdn/${file}`))
      .join('\n');
    const sentence = (lang, part) => /["'][\w.-]+["']:\s*"([^"\\]{20,})"/.exec(source(`i18n/${lang}.${part}.js`))?.[1];
    for (const part of parts) assert.ok(bundle.includes(sentence('en', part)), `the bundle has en.${part}'s "${sentence('en', part)}"`);
    for (const lang of languages) {
      const file = source(`cdn/chorus.${lang}.js`);
      assert.ok(bundle.includes(`chorus.${lang}.js`), `the bundle imports chorus.${lang}.js when needed`);
      for (const part of parts) {
        // A plain sentence of that module (no escapes, so minifying leaves it as it is).
        assert.ok(file.includes(sentence(lang, part)), `chorus.${lang}.js has ${lang}.${part}'s "${sentence(lang, part)}"`);
        assert.ok(!bundle.includes(sentence(lang, part)), `chorus.js does not carry ${lang}.${part}'s "${sentence(lang, part)}"`);
      }
    }
  });
});
