#!/usr/bin/env node
// `npm run build` (after tsc): what editors and JSX read, generated from custom-elements.json so it
// never drifts from the elements' JSDoc. Written into dist/, shipped in the package:
// - dist/types/jsx.d.ts: JSX IntrinsicElements for React 19, Preact and the global JSX namespace
//   (`chorus-widgets/jsx`), each element's props and `on<event-name>` handlers typed from its class;
// - dist/editors/vscode.html-custom-data.json and vscode.css-custom-data.json: VS Code custom data
//   (settings "html.customData" and "css.customData");
// - dist/editors/web-types.json: JetBrains web-types (package.json "web-types").
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const root = new URL('..', import.meta.url);
const at = (path) => new URL(path, root).pathname;
const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
// The people picker is an internal piece of the kudos composer, not a tag to write in a page.
const exclude = ['ChorusPeoplePicker'];
const quiet = { hideLogs: true };

// Event types are Event subclasses (KudosGivenEvent), named in the manifest and declared in core/events.
const eventTypes = [...new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.type?.text))))].filter(
  (type) => type && type !== 'Event',
);
const typesDir = at('dist/types/');
mkdirSync(typesDir, { recursive: true });
await generateJsxTypes(manifest, {
  outdir: typesDir,
  fileName: 'jsx.d.ts',
  exclude,
  stronglyTypedEvents: true,
  hideLogs: true,
  // The manifest names dist/<module>.js; its declarations are dist/types/<module>.d.ts, next to this file.
  componentTypePath: (_name, _tag, modulePath) => `./${modulePath.replace(/^dist\//, '')}`,
});
const jsx = readFileSync(`${typesDir}jsx.d.ts`, 'utf8');
writeFileSync(`${typesDir}jsx.d.ts`, `import type { ${eventTypes.join(', ')} } from './core/events.js';\n${jsx}`);

const editors = at('dist/editors/');
mkdirSync(editors, { recursive: true });
const options = { ...quiet, exclude, htmlFileName: null, cssFileName: null };
writeFileSync(`${editors}vscode.html-custom-data.json`, getVsCodeHtmlCustomData(manifest, options));
writeFileSync(`${editors}vscode.css-custom-data.json`, getVsCodeCssCustomData(manifest, options));
writeFileSync(
  `${editors}web-types.json`,
  getWebTypesData(manifest, { ...quiet, exclude, packageJson: false, webTypesFileName: null, modulePathTemplate: (_name, modulePath) => modulePath })
    .replace(/"name": "[^"]*"/, `"name": ${JSON.stringify(pkg.name)}`)
    .replace(/"version": "[^"]*"/, `"version": ${JSON.stringify(pkg.version)}`),
);
console.log(`integrations: dist/types/jsx.d.ts and dist/editors/ (VS Code custom data, web-types) from custom-elements.json`);
