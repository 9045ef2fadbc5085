/*
 * FLIP moves for lists that reorder (a leaderboard after a kudos): record where each keyed child
 * was, let the list re-render, then slide each from its old place to its new one with the Web
 * Animations API, which a strict CSP allows (no style attributes). Nothing moves when the person
 * asked for reduced motion.
 */

export type Positions = Map<string, number>;

const reduced = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Where each `[data-key]` child of `root` is now (its top edge). */
export function positionsOf(root: ParentNode | null | undefined): Positions {
  const positions: Positions = new Map();
  for (const el of root?.querySelectorAll<HTMLElement>('[data-key]') ?? []) positions.set(el.dataset['key']!, el.getBoundingClientRect().top);
  return positions;
}

/** Slides each keyed child that moved from its old place; new ones fade in. Returns how many moved. */
export function playMoves(root: ParentNode | null | undefined, before: Positions, duration = 450): number {
  if (reduced() || !root) return 0;
  let moved = 0;
  for (const el of root.querySelectorAll<HTMLElement>('[data-key]')) {
    const was = before.get(el.dataset['key']!);
    if (was === undefined) {
      el.animate([{ opacity: 0 }, { opacity: 1 }], { duration, easing: 'ease-out' });
      continue;
    }
    const dy = was - el.getBoundingClientRect().top;
    if (Math.abs(dy) < 1) continue;
    moved++;
    el.animate([{ transform: `translateY(${dy}px)` }, { transform: 'none' }], { duration, easing: 'cubic-bezier(0.2, 0, 0, 1)' });
  }
  return moved;
}
