import type { ChorusAdapter } from './port.js';

/*
 * The page's default adapter for widgets outside any provider. Kept on globalThis under a
 * Symbol.for key (the one global we own) so every copy of the library on a page agrees.
 * `provisional` marks Chorus's own embedded fallback: a host script that runs after Chorus's
 * (the natural order) replaces it, and the widgets on it follow.
 */
const KEY = Symbol.for('chorus:default-adapter:v1');
type Slot = { adapter?: ChorusAdapter; provisional?: boolean; listeners?: Set<() => void> };
const slot = ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as Slot;
const listeners = (slot.listeners ??= new Set());

/** Sets the page's default adapter. Settable once by a page: a second call throws so two scripts cannot fight. */
export function setDefaultAdapter(adapter: ChorusAdapter): void {
  if (slot.adapter && slot.adapter !== adapter && !slot.provisional) {
    throw new Error('Chorus: the default adapter is already set for this page.');
  }
  const changed = slot.adapter !== adapter;
  slot.adapter = adapter;
  slot.provisional = false;
  if (changed) for (const listener of listeners) listener();
}

/** Chorus's embedded fallback, used until (unless) a page script sets its own; returns the default in force. */
export function setProvisionalDefaultAdapter(adapter: ChorusAdapter): ChorusAdapter {
  if (!slot.adapter) {
    slot.adapter = adapter;
    slot.provisional = true;
  }
  return slot.adapter;
}

/** Whether the default in force is Chorus's embedded fallback (demo data), not one a page set. */
export function isProvisionalDefault(): boolean {
  return !!slot.adapter && !!slot.provisional;
}

/** The default adapter, if one was set (or lazily created by a widget). */
export function getDefaultAdapter(): ChorusAdapter | undefined {
  return slot.adapter;
}

/** Calls `listener` when a page script replaces the default; returns the unsubscribe. */
export function onDefaultAdapterChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
