import { html } from 'hono/html';
import type { EmbedRequest } from './embed.widgets.js';

/*
 * The HTML of `/embed/<widget>`: one widget in a provider for the API, the widget bundle and the
 * height reporter from same-origin files, and nothing inline, so the page runs under the strict
 * policy below. Every value written is escaped by `html` (and was validated before).
 */

export const EMBED_ASSETS = '/embed/assets';

/** The page's policy: README "Embed in…"'s strict CSP, plus who may frame it. */
export function embedCsp(frameAncestors: readonly string[], withScript = true): string {
  return [
    "default-src 'none'",
    withScript ? "script-src 'self'" : null,
    "style-src 'self'",
    "connect-src 'self'",
    // Avatars and kudos images come from the directory's and the allowed image hosts.
    "img-src 'self' data: https:",
    "font-src 'self'",
    withScript ? "require-trusted-types-for 'script'" : null,
    withScript ? 'trusted-types lit-html' : null,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ]
    .filter(Boolean)
    .join('; ');
}

export function embedPage(request: EmbedRequest, apiPath: string, frameAncestors: readonly string[]) {
  const { widget, theme, lang, attributes } = request;
  const themed = theme === 'auto' ? attributes : [...attributes, ['theme', theme] as [string, string]];
  const attrs = themed.map(([name, value]) => (value === '' ? html` ${name}` : html` ${name}="${value}"`));
  return html`<!doctype html>
<html lang="${lang}" class="theme-${theme}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="chorus-frame-ancestors" content="${frameAncestors.join(' ')}" />
    <title>${widget.tag}</title>
    <link rel="stylesheet" href="${EMBED_ASSETS}/embed.css" />
    <script type="module" src="${EMBED_ASSETS}/chorus.js"></script>
    <script type="module" src="${EMBED_ASSETS}/embed.js"></script>
  </head>
  <body data-widget="${widget.tag}">
    <chorus-provider endpoint="${apiPath}" locale="${lang}"><${widget.tag}${attrs}></${widget.tag}></chorus-provider>
  </body>
</html>
`;
}

/** A page saying what is wrong with the address, for the author who pasted it into an embed box. */
export function embedErrorPage(status: number, message: string) {
  return html`<!doctype html>
<html lang="en" class="theme-auto">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Chorus: ${status === 404 ? 'no such widget' : 'this embed address needs a fix'}</title>
    <link rel="stylesheet" href="${EMBED_ASSETS}/embed.css" />
  </head>
  <body>
    <main class="problem">
      <h1>${status === 404 ? 'There is no such widget here' : 'This embed address needs a fix'}</h1>
      <p>${message}</p>
    </main>
  </body>
</html>
`;
}
