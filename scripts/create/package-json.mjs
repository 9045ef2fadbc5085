// package.json's lists for a new widget (lint:packaging checks them): the widget's module and
// its strings in each language in "exports" (and their types in "typesVersions"), its built
// module in "sideEffects". JSON has no
// comments for markers: each entry goes after the last one of its kind, in the file's order.

/** `entries` with `added` after the last entry matching `isKind` (or at the end). */
function after(entries, isKind, added) {
  let last = -1;
  entries.forEach((entry, i) => {
    if (isKind(entry)) last = i;
  });
  const at = last < 0 ? entries.length : last + 1;
  return [...entries.slice(0, at), ...added, ...entries.slice(at)];
}

const target = (module) => ({ types: `./dist/types/${module}.d.ts`, default: `./dist/${module}.js` });

/** The package.json text with the widget `names` added; throws when it is there already. */
export function withWidget(text, { name }, languages) {
  const pkg = JSON.parse(text);
  if (pkg.exports[`./${name}.js`]) throw new Error(`package.json already exports ./${name}.js`);
  let exports = Object.entries(pkg.exports);
  exports = after(exports, ([, t]) => typeof t === 'object' && t.default?.startsWith('./dist/widgets/'), [[`./${name}.js`, target(`widgets/${name}/${name}`)]]);
  for (const lang of languages) {
    exports = after(exports, ([path]) => path.startsWith(`./i18n/${lang}.`), [[`./i18n/${lang}.${name}.js`, target(`i18n/${lang}.${name}`)]]);
  }
  pkg.exports = Object.fromEntries(exports);
  // The same types for moduleResolution "node", which reads "typesVersions" instead of "exports".
  if (pkg.typesVersions?.['*']) {
    pkg.typesVersions['*'] = Object.fromEntries(exports.flatMap(([path, t]) => (typeof t === 'object' && path !== '.' ? [[path.slice(2), [t.types]]] : [])));
  }
  pkg.sideEffects = after(pkg.sideEffects, (path) => path.startsWith('./dist/widgets/'), [`./dist/widgets/${name}/${name}.js`]);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
