import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { OriginAllowed } from '../edge/origins.js';

/*
 * CORS for the origins CHORUS_CORS_ORIGINS allows, mounted before sign-in so a preflight is
 * answered without credentials. An allowed origin is echoed exactly (never `*`, which browsers
 * refuse with credentials) and may send cookies or a bearer token; any other origin gets no CORS
 * header at all, so its pages cannot read an answer. `Vary: Origin` keeps caches from mixing them.
 */

const grant = cors({
  origin: (origin) => origin,
  credentials: true,
  allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-None-Match', 'If-Match', 'Last-Event-ID', 'Chorus-Reply-Token', 'Chorus-Vote-Receipt'],
  exposeHeaders: ['ETag', 'Retry-After', 'Idempotent-Replayed', 'Chorus-Vote-Receipt', 'Chorus-Reply-Token'],
  maxAge: 600,
});

export function corsFor(allowed: OriginAllowed): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin && allowed(origin)) return grant(c, next);
    await next();
    c.header('Vary', 'Origin', { append: true });
  };
}
