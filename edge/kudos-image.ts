import type { Kudos } from '../src/core/kudos.js';
import type { LiveEvent } from '../src/core/live.js';
import { decodeDataImage } from '../src/core/image.rules.js';
import { NotFoundError } from '../src/core/errors.js';

/*
 * A kudos' uploaded image (a `data:` URL, up to 256 KB) is stored once, with the kudos, and
 * served by its own address: every kudos the edge answers (lists, one kudos, a reaction's answer,
 * idempotent replays, live events) names `kudos/{id}/image`, relative to the API's base, instead
 * of carrying the bytes. A kudos event to 50 open walls is then ~1 KB each, not ~340 KB. The
 * image route checks visibility as the kudos does (the port's getKudos: 404 to whoever may not
 * see it) and answers the bytes so that they can only be an image.
 */

/** Where a kudos' uploaded image is served, relative to the API's base (the contract's `getKudosImage`). */
export const kudosImagePath = (kudosId: string): string => `kudos/${encodeURIComponent(kudosId)}/image`;

/** The kudos as the wire carries it: an uploaded image by its address, an http(s) image as given. */
export function lightKudos(kudos: Kudos): Kudos {
  if (!kudos.image || !/^data:/i.test(kudos.image.url)) return kudos;
  return { ...kudos, image: { url: kudosImagePath(kudos.id), alt: kudos.image.alt } };
}

export function lightKudosPage<P extends { items: Kudos[] }>(page: P): P {
  return { ...page, items: page.items.map(lightKudos) };
}

export function lightEvent(event: LiveEvent): LiveEvent {
  return event.topic === 'kudos' && 'kudos' in event ? { ...event, kudos: lightKudos(event.kudos) } : event;
}

/** A year: a kudos' image never changes (a kudos cannot be edited), so one address is one image for good. */
const IMAGE_MAX_AGE_S = 31_536_000;

/**
 * The answer to `GET /kudos/{kudosId}/image`: the bytes of its uploaded image, or 404 when it has
 * none to serve (no image, or one on another host, which the kudos names itself). Nosniff and a
 * sandboxing CSP keep it an image even when opened on its own; `private` since who may see it
 * depends on who asks.
 */
export function kudosImageResponse(kudos: Kudos): Response {
  const image = kudos.image && decodeDataImage(kudos.image.url);
  if (!image) throw new NotFoundError('This kudos has no uploaded image.');
  return new Response(image.bytes, {
    status: 200,
    headers: {
      'Content-Type': image.type,
      'Content-Length': String(image.bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline; filename="kudos-image"',
      'Cross-Origin-Resource-Policy': 'same-site',
      'Cache-Control': `private, max-age=${IMAGE_MAX_AGE_S}, immutable`,
    },
  });
}
