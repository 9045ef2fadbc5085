import { readdirSync, readFileSync } from 'node:fs';

// `npm run analyze` writes custom-elements.json from the JSDoc on each element class
// (@summary @tag @slot @csspart @cssproperty @cssstate @fires). Storybook's autodocs and
// editors read it; `npm run manifest:check` fails when the committed copy is stale.

/** Private and protected members are not the element's API: leave them out of the manifest. */
function publicMembersOnly() {
  return {
    name: 'chorus-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/**
 * Events are documented with @fires. The analyzer also guesses one from every
 * `dispatchEvent(new SomeEvent(arg))`, naming it after the first argument ("operation", "kudos"):
 * keep only the documented ones.
 */
function documentedEventsOnly() {
  return {
    name: 'chorus-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
        }
      }
    },
  };
}

/**
 * Modules in path order: the analyzer lists them in the order the file system returns them, which
 * differs between checkouts, and `npm run manifest:check` compares the text.
 */
function modulesInPathOrder() {
  return {
    name: 'chorus-modules-in-path-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * Each event's type is its Event class, read from the lists that map names to classes
 * (GlobalEventHandlersEventMap in each src/core/*.events.ts), so editors, the JSX types and the React
 * wrappers' docs say what `event.kudos` is. The fields are the class's (`KudosGivenEvent.kudos`),
 * not a CustomEvent's `detail`.
 */
function eventTypes() {
  const core = new URL('./src/core/', import.meta.url);
  const source = readdirSync(core)
    .filter((file) => file.endsWith('.events.ts'))
    .map((file) => readFileSync(new URL(file, core), 'utf8'))
    .join('\n');
  const classes = Object.fromEntries([...source.matchAll(/^\s+'([a-z-]+)': (\w+);$/gm)].map(([, name, type]) => [name, type]));
  // Events moved once and every type silently became `Event`: fail instead.
  if (!Object.keys(classes).length) throw new Error('eventTypes: no event map found in src/core/*.events.ts');
  return {
    name: 'chorus-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) event.type = { text: classes[event.name] ?? 'Event' };
        }
      }
    },
  };
}

/**
 * Paths name the package's files (dist/widgets/poll/poll.element.js), not sources it does not
 * ship (src/…/poll.element.ts): editors and tools open the module a user has installed.
 */
function shippedPaths() {
  const shipped = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js');
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shipped(inner);
        else visit(inner);
      }
    }
  };
  return {
    name: 'chorus-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  // Element classes, plus the base class so inherited members (`theme`) are documented.
  globs: ['src/**/*.element.ts', 'src/base/chorus-element.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'test/**', 'stories/**'],
  outdir: '.',
  litelement: true,
  // package.json already points at the manifest ("customElements": "custom-elements.json"); never
  // rewrite it: run with `--outdir /elsewhere` (or `--packagejson`), the analyzer would write that
  // absolute path there, as it once did. `npm run lint:packaging` fails on any other value.
  packagejson: false,
  plugins: [publicMembersOnly(), documentedEventsOnly(), eventTypes(), shippedPaths(), modulesInPathOrder()],
};
