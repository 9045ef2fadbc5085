import { ValidationError } from '../../core/errors.js';
import type { Page } from '../../core/people.js';
import { compareNewestFirst } from '../../core/order.js';

/* Cursor paging over a newest-first list (kudos, feedback threads), as every list of the port pages. */

export const PAGE_LIMIT = 20;
const MAX_PAGE_LIMIT = 100;

type CursorKey = { createdAt: string; id: string };

/*
 * A cursor names the last item seen rather than an offset, so items added or deleted between two
 * page loads neither repeat nor skip. Base64 keeps it opaque to callers.
 */
function encodeCursor(item: CursorKey): string {
  return btoa(JSON.stringify([item.createdAt, item.id]));
}

function decodeCursor(cursor: string): CursorKey {
  try {
    const [createdAt, id] = JSON.parse(atob(cursor)) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // Reported below like any other malformed cursor.
  }
  throw new ValidationError([{ field: 'cursor', code: 'invalid', message: 'This page link is not valid.' }]);
}

/**
 * One page of `items` (sorted newest first): those after `query.cursor` that `keep` accepts, at
 * most `query.limit` (1–100, default 20), and the cursor of the next page if there is one.
 */
export function pageNewestFirst<T extends CursorKey>(
  items: readonly T[],
  query: { cursor?: string | null; limit?: number } | undefined,
  keep: (item: T) => boolean,
): Page<T> {
  const after = query?.cursor ? decodeCursor(query.cursor) : null;
  const limit = Math.max(1, Math.min(MAX_PAGE_LIMIT, Math.floor(query?.limit ?? PAGE_LIMIT)));
  const page: T[] = [];
  for (const item of items) {
    if (after && compareNewestFirst(item, after) <= 0) continue;
    if (!keep(item)) continue;
    if (page.length === limit) return { items: page, nextCursor: encodeCursor(page[page.length - 1]!) };
    page.push(item);
  }
  return { items: page, nextCursor: null };
}
