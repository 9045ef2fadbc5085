// What a page loads from the built package (dist/): the files a host's bundler, or a browser, sees.
import { existsSync, readFileSync } from 'node:fs';

export const dist = new URL('../../dist/', import.meta.url);
export const source = (path) => readFileSync(new URL(path, dist), 'utf8');
if (!existsSync(new URL('i18n/', dist))) throw new Error('dist/ is missing: run `npm run build`, which ends with the packaging tests.');

/** The built modules a page loads with `path`, following its static relative imports. */
export function loaded(path, seen = new Set([path])) {
  for (const [, specifier] of source(path).matchAll(/^(?:import|export)\s(?:[^'";]*?\sfrom\s)?["'](\.[^"']+)["'];/gm)) {
    const next = new URL(specifier, new URL(path, dist)).href.slice(dist.href.length);
    if (!seen.has(next)) loaded(next, seen.add(next));
  }
  return [...seen];
}

/** The CDN files chorus.js loads before it runs: its static imports, followed (minified: `import{…}from"./x.js"`). */
export function cdnInitial(file = 'chorus.js', seen = new Set([file])) {
  for (const [, next] of source(`cdn/${file}`).matchAll(/(?:^|;|\n)\s*(?:import|export)\s*(?:[^'"`;()]*?from\s*)?["']\.\/([^"']+)["']/g)) {
    if (!seen.has(next)) cdnInitial(next, seen.add(next));
  }
  return [...seen];
}
