/* global document, location, window, ResizeObserver -- a browser script, served to the /embed page */
/*
 * The /embed page's height, posted to the page that frames it so the host can size the iframe:
 *   { type: 'chorus:embed-height', widget: 'chorus-poll', height: 412 }
 * Only to an origin the server allows to frame the page (meta chorus-frame-ancestors, written from
 * CHORUS_FRAME_ANCESTORS), never to '*': the parent's origin when the browser tells it (Chromium,
 * Safari: location.ancestorOrigins; else the referrer) and it is allowed, otherwise each exact
 * allowed origin, which the browser delivers only to the one the parent is.
 */
const sources = (document.querySelector('meta[name="chorus-frame-ancestors"]')?.content ?? "'self'").split(/\s+/).filter(Boolean);
const allowed = sources.map((s) => (s === "'self'" ? location.origin : s.toLowerCase())).filter((s) => /^https?:\/\//.test(s));
const widget = document.body.dataset.widget ?? '';

/** `origin` is `pattern`, or one subdomain label in place of its `*.` (as the server reads it). */
function matches(origin, pattern) {
  const star = pattern.indexOf('://*.');
  if (star < 0) return origin === pattern;
  const prefix = pattern.slice(0, star + 3);
  const suffix = pattern.slice(star + 4);
  return origin.startsWith(prefix) && origin.endsWith(suffix) && /^[a-z0-9-]+$/.test(origin.slice(prefix.length, origin.length - suffix.length));
}

function parentOrigin() {
  const told = location.ancestorOrigins?.[0];
  if (told) return told.toLowerCase();
  try {
    return document.referrer ? new URL(document.referrer).origin.toLowerCase() : null;
  } catch {
    return null;
  }
}

function targets() {
  if (window.parent === window) return [];
  const parent = parentOrigin();
  if (parent && allowed.some((p) => matches(parent, p))) return [parent];
  return allowed.filter((p) => !p.includes('*'));
}

let last = -1;
function report() {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  for (const origin of targets()) window.parent.postMessage({ type: 'chorus:embed-height', widget, height }, origin);
}
new ResizeObserver(report).observe(document.body);
report();
