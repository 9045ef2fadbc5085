// `npm run test:packaging` (the end of `npm run build`): what `npm pack` puts in the package.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = packed.files.map((f) => f.path);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName && d.tagName !== 'chorus-people-picker' ? [d.tagName] : []));

describe('the packed package', () => {
  it('ships no source maps', () => {
    assert.deepEqual(
      files.filter((f) => f.endsWith('.map')),
      [],
    );
  });

  it('ships every module and type file package.json names', () => {
    for (const target of Object.values(pkg.exports)) {
      for (const path of typeof target === 'string' ? [target] : Object.values(target)) assert.ok(files.includes(path.slice(2)), `${path} is packed`);
    }
    for (const [path] of Object.values(pkg.typesVersions['*'])) assert.ok(files.includes(path.slice(2)), `${path} is packed`);
    for (const path of [pkg.customElements, pkg['web-types']]) assert.ok(files.includes(path.replace(/^\.\//, '')), `${path} is packed`);
  });

  it("ships editors' data and JSX types for every element of the manifest", () => {
    const read = (path) => readFileSync(new URL(path, root), 'utf8');
    const webTypes = JSON.parse(read('dist/editors/web-types.json')).contributions.html.elements.map((e) => e.name);
    const vscode = JSON.parse(read('dist/editors/vscode.html-custom-data.json')).tags.map((t) => t.name);
    const jsx = read('dist/types/jsx.d.ts');
    assert.ok(files.includes('dist/editors/vscode.html-custom-data.json') && files.includes('dist/editors/vscode.css-custom-data.json'));
    for (const tag of tags) {
      assert.ok(webTypes.includes(tag), `web-types has <${tag}>`);
      assert.ok(vscode.includes(tag), `VS Code custom data has <${tag}>`);
      assert.ok(jsx.includes(`"${tag}": Partial<`), `jsx.d.ts types <${tag}>`);
    }
  });
});
