// What `npm run create <name>` adds to existing files: each entry puts `text` (with the
// placeholders of names.mjs filled in) just before a marker. A marker alone on its line gets
// whole lines, indented like it; a marker inside a line gets `text` inline, before it. Each
// marker is written once in its file; keep it there when editing the file.
import { readFileSync } from 'node:fs';

const snippet = (file) => readFileSync(new URL(`snippets/${file}`, import.meta.url), 'utf8');
const LANGUAGES = ['fr', 'de', 'it', 'es'];

export const insertions = [
  // The port on the embedded adapter.
  {
    file: 'src/adapters/memory/memory.adapter.ts',
    marker: '/* create:imports */',
    text: "import type { {{Name}}Port } from '../../adapter/{{name}}.port.js';\nimport { Memory{{Name}}Port } from './{{name}}.port.js';",
  },
  { file: 'src/adapters/memory/memory.adapter.ts', marker: '/* create:ports */', text: 'readonly {{camel}}: {{Name}}Port;' },
  {
    file: 'src/adapters/memory/memory.adapter.ts',
    marker: '/* create:port-instances */',
    text: 'this.{{camel}} = new Memory{{Name}}Port(runtime);',
  },
  // The port on the REST adapter.
  {
    file: 'src/adapters/rest/rest.adapter.ts',
    marker: '/* create:imports */',
    text: "import type { {{Name}}Port } from '../../adapter/{{name}}.port.js';\nimport { Rest{{Name}}Port } from './{{name}}.port.js';",
  },
  { file: 'src/adapters/rest/rest.adapter.ts', marker: '/* create:ports */', text: 'readonly {{camel}}: {{Name}}Port;' },
  {
    file: 'src/adapters/rest/rest.adapter.ts',
    marker: '/* create:port-instances */',
    text: 'this.{{camel}} = new Rest{{Name}}Port(http);',
  },
  // The HTTP contract; the route, mounted by the server and the MSW mocks; the server's port.
  { file: 'contract/openapi.yaml', marker: '# create:paths', text: snippet('openapi-path.yaml.tpl').trimEnd() },
  { file: 'edge/routes/index.ts', marker: '/* create:imports */', text: "import { {{camel}}Routes } from './{{name}}.js';" },
  { file: 'edge/routes/index.ts', marker: '/* create:routes */', text: '{{camel}}Routes,' },
  { file: 'server/ports/index.ts', marker: '/* create:imports */', text: "import { Server{{Name}}Port } from './{{name}}.port.js';" },
  { file: 'server/ports/index.ts', marker: '/* create:ports */', text: '{{camel}}: new Server{{Name}}Port(),' },
  // Strings: each language's all-widgets module (English adds itself to ChorusTranslation, en.<name>.ts).
  ...LANGUAGES.flatMap((lang) => [
    { file: `src/i18n/${lang}.ts`, marker: '/* create:imports */', text: `import { ${lang}{{Name}} } from './${lang}.{{name}}.js';` },
    { file: `src/i18n/${lang}.ts`, marker: '/* create:translations */', text: `, ...${lang}{{Name}}` },
  ]),
  // The packaging lists (package.json's are edited as JSON: package-json.mjs).
  { file: 'src/all.ts', marker: '/* create:widgets */', text: "import './widgets/{{name}}/{{name}}.js';" },
  { file: 'src/library.ts', marker: '/* create:widgets */', text: "export * from './widgets/{{name}}/{{name}}.element.js';" },
  { file: 'src/react/index.ts', marker: '/* create:widgets */', text: "export { {{Name}} } from './{{name}}.js';" },
];

export { LANGUAGES };

/** `source` with `text` put before `marker` (see above); throws when the marker is not there exactly once. */
export function insert(source, marker, text, file) {
  const at = source.indexOf(marker);
  if (at < 0 || source.indexOf(marker, at + 1) >= 0) {
    throw new Error(`${file}: the marker ${marker} must be there exactly once (found ${at < 0 ? 'none' : 'several'}).`);
  }
  const lineStart = source.lastIndexOf('\n', at) + 1;
  const before = source.slice(lineStart, at);
  const lineEnd = source.indexOf('\n', at);
  const after = source.slice(at + marker.length, lineEnd < 0 ? undefined : lineEnd);
  if (/^\s*$/.test(before) && /^\s*$/.test(after)) {
    const lines = text.split('\n').map((line) => (line ? before + line : line));
    return `${source.slice(0, lineStart)}${lines.join('\n')}\n${source.slice(lineStart)}`;
  }
  // Inline: right after the last item, before the spaces that lead to the marker.
  const gap = /\s*$/.exec(source.slice(0, at))[0].length;
  return `${source.slice(0, at - gap)}${text}${source.slice(at - gap)}`;
}
