import type { Captions, LockedParts, ShareNetwork } from './share-card.domain.js';
import { normalizeMessage } from './text.js';

/*
 * The caption a sharer sends: their text (or the post's variant), with the locked parts put back
 * when they deleted them. A disclosure such as "#employee" is what advertising rules ask of an
 * employee talking about their employer; the card must not let it be edited away.
 */

/** A hashtag: '#' then letters, digits, marks or '_' in any script (as networks link them). */
export const HASHTAG = /^#[\p{L}\p{N}\p{M}_]+$/u;

/** A slice of the caption, for the editor to mark what cannot be removed. */
export interface CaptionPart {
  text: string;
  locked: boolean;
}

/** The post's caption for a network: its own variant, else the default. */
export function captionFor(captions: Captions, network: ShareNetwork): string {
  return captions[network] ?? captions.default;
}

/** The locked parts in order (disclosure first), trimmed, empty and repeated ones dropped. */
export function lockedTokens(locked: LockedParts): string[] {
  const seen = new Set<string>();
  const tokens: string[] = [];
  for (const token of [locked.disclosure ?? '', ...locked.hashtags].map((t) => t.trim())) {
    if (!token || seen.has(token.toLowerCase())) continue;
    seen.add(token.toLowerCase());
    tokens.push(token);
  }
  return tokens;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where `token` stands on its own: "#employee" is not inside "#employees", "x#employee" or
 * "#employee#x" (networks link none of those).
 * Case-insensitive, as networks treat hashtags ("#Employee" is the same tag).
 */
function tokenPattern(token: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_#])${escape(token)}(?![\\p{L}\\p{N}\\p{M}_#])`, 'giu');
}

/** Runs of spaces and tabs become one space, trailing ones go; then the shared text rules. */
export function normalizeCaption(text: string): string {
  return normalizeMessage(
    String(text ?? '')
      .replace(/[^\S\r\n]+/g, ' ')
      .replace(/ +(?=\r?\n)/g, ''),
  );
}

/** The locked parts the text lacks. */
export function missingLockedParts(text: string, locked: LockedParts): string[] {
  return lockedTokens(locked).filter((token) => !tokenPattern(token).test(text));
}

/**
 * The caption to share: normalised, with every missing locked part appended (in order, after a
 * space), never one already there. Idempotent: composing a composed caption changes nothing.
 */
export function composeCaption(text: string, locked: LockedParts): string {
  const body = normalizeCaption(text);
  const missing = missingLockedParts(body, locked);
  return [body, ...missing].filter(Boolean).join(' ');
}

/** The caption cut into free and locked slices; the first occurrence of each locked part is locked. */
export function captionParts(text: string, locked: LockedParts): CaptionPart[] {
  const ranges: [number, number][] = [];
  for (const token of lockedTokens(locked)) {
    const match = tokenPattern(token).exec(text);
    if (match) ranges.push([match.index, match.index + match[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: CaptionPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue; // a token inside another (a disclosure holding a hashtag)
    if (start > at) parts.push({ text: text.slice(at, start), locked: false });
    parts.push({ text: text.slice(start, end), locked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), locked: false });
  return parts;
}
