/*
 * Size budgets (`npm run size`, part of `npm run lint`): size-limit bundles each entry from src/
 * with esbuild (minified ESM, production Lit) and gzips it at level 9. A widget's budget is its own
 * weight over Lit (Lit external), initial only: modules behind a dynamic import() are left out, as a
 * page loads them only when used. all.js and the CDN bundle include Lit. Each limit is the size
 * measured when it was set plus a small margin, so a budget cannot grow unnoticed; lower it when a
 * change makes the code lighter. Targets (issue 12): 12 KiB per widget, 50 KiB for all.js.
 */

/** Lit itself, which every Lit element on a page shares. */
const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/** Initial load only: a dynamic import() stays out of the bundle, and in the browser it is fetched when used. */
const initialOnly = {
  name: 'initial-only',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** Minified ES modules, Lit's production build (no `development` condition), as a host page ships them. */
const esm =
  (lazy = false) =>
  (config) => ({
    ...config,
    format: 'esm',
    target: 'es2022',
    conditions: ['module', 'browser', 'production', 'import', 'default'],
    plugins: lazy ? [] : [initialOnly],
  });

const widget = (name, path, limit) => ({ name, path, limit, gzip: true, ignore: lit, modifyEsbuildConfig: esm() });

export default [
  widget('kudos wall, own weight over Lit', 'src/widgets/kudos-wall/kudos-wall.ts', '24.25 KiB'),
  widget('poll, own weight over Lit', 'src/widgets/poll/poll.ts', '27.7 KiB'),
  widget('feedback box, own weight over Lit', 'src/widgets/feedback-box/feedback-box.ts', '26.4 KiB'),
  widget('share card, own weight over Lit', 'src/widgets/share-card/share-card.ts', '22.35 KiB'),
  widget('leaderboard, own weight over Lit', 'src/widgets/leaderboard/leaderboard.ts', '19.3 KiB'),
  widget('post composer, own weight over Lit', 'src/widgets/post-composer/post-composer.ts', '23.25 KiB'),
  widget('share feed, own weight over Lit', 'src/widgets/share-feed/share-feed.ts', '30.3 KiB'),
  widget('moderation, own weight over Lit', 'src/widgets/moderation/moderation.ts', '14.2 KiB'),
  widget('insights, own weight over Lit', 'src/widgets/insights/insights.ts', '17.25 KiB'),
  widget('provider, own weight over Lit', 'src/provider/provider.ts', '2.75 KiB'),
  { name: 'all.js, Lit included, initial', path: 'src/all.ts', limit: '100 KiB', gzip: true, modifyEsbuildConfig: esm() },
  {
    name: 'the five widgets of the target and the provider, Lit included, initial',
    path: 'bench/five-widgets.ts',
    limit: '76.8 KiB',
    gzip: true,
    modifyEsbuildConfig: esm(),
  },
  { name: 'CDN bundle (cdn/chorus.js), Lit and English included, initial', path: 'src/cdn.ts', limit: '100.1 KiB', gzip: true, modifyEsbuildConfig: esm() },
];
