import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { forStorybook, type Manifest } from '../../stories/support/docs-manifest.js';

/*
 * The rows Storybook's autodocs table shows for an element, computed by Storybook's own
 * web-components code from the manifest as .storybook/preview.ts hands it over (stories/support/docs-manifest.ts).
 */
type ArgType = { name: string; table?: { category?: string } };
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as Manifest;
const g = globalThis as { window?: unknown; __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: unknown };
g.window ??= globalThis; // Storybook's preview chunk writes to `window`.
g.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ = forStorybook(manifest);
// Storybook's web-components preview entry (no type declarations of its own: named through a variable).
const argTypesEntry = '@storybook/web-components/entry-preview-argtypes';
const { parameters } = (await import(argTypesEntry)) as {
  parameters: { docs: { extractArgTypes: (tag: string) => Record<string, ArgType> } };
};
const rows = (tag: string) => Object.values(parameters.docs.extractArgTypes(tag)).filter((row) => row.table?.category);
const row = (tag: string, name: string, category: string) => rows(tag).find((r) => r.name === name && r.table!.category === category);

describe('Storybook docs tables', () => {
  it("list the poll's composer attribute and its composer part", () => {
    assert.ok(row('chorus-poll', 'composer', 'attributes'), 'the composer attribute');
    assert.ok(row('chorus-poll', '::part(composer)', 'css shadow parts'), 'the composer part');
  });

  it("list the feedback box's heading attribute and its heading part", () => {
    assert.ok(row('chorus-feedback-box', 'heading', 'attributes'), 'the heading attribute');
    assert.ok(row('chorus-feedback-box', '::part(heading)', 'css shadow parts'), 'the heading part');
  });

  it('list every attribute, event and part of every element', () => {
    type Declaration = { tagName?: string; attributes?: { name: string }[]; cssParts?: { name: string }[]; events?: { name: string }[] };
    const declarations = (manifest.modules ?? []).flatMap((mod) => (mod.declarations ?? []) as Declaration[]).filter((d) => d.tagName);
    for (const d of declarations) {
      const shown = rows(d.tagName!).map((r) => `${r.table!.category}: ${r.name}`);
      for (const a of d.attributes ?? []) assert.ok(shown.includes(`attributes: ${a.name}`), `${d.tagName} attribute ${a.name}`);
      for (const p of d.cssParts ?? []) assert.ok(shown.includes(`css shadow parts: ::part(${p.name})`), `${d.tagName} part ${p.name}`);
      for (const e of d.events ?? []) assert.ok(shown.includes(`events: ${e.name}`), `${d.tagName} event ${e.name}`);
    }
  });
});
