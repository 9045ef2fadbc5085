/*
 * The strictest policy Chorus documents (README, "Embed in…"): no inline script or style, and
 * Trusted Types for every script sink, with only Lit's own policy (`lit-html`) allowed.
 * Served on the CSP test page only; the other test pages need web-test-runner's inline scripts.
 */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export async function cspMiddleware(ctx, next) {
  await next();
  if (ctx.path === '/test/embed/csp-page.html') ctx.set('Content-Security-Policy', STRICT_CSP);
  // A second bundled copy without 'allow-duplicates' (csp.test.ts, "a copy refused its policy").
  if (ctx.path === '/test/embed/two-copies-page.html') ctx.set('Content-Security-Policy', STRICT_CSP);
}
