import type { ChorusAdapter } from './port.js';

/*
 * The page's default adapter for widgets outside any provider. Kept on globalThis under a
 * Symbol.for key (the one global we own) so every copy of the library on a page agrees.
 */
const KEY = Symbol.for('chorus:default-adapter:v1');
type Slot = { adapter?: ChorusAdapter };
const slot = ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as Slot;

/** Sets the page's default adapter. Settable once: a second call throws so two scripts cannot fight. */
export function setDefaultAdapter(adapter: ChorusAdapter): void {
  if (slot.adapter && slot.adapter !== adapter) {
    throw new Error('Chorus: the default adapter is already set for this page.');
  }
  slot.adapter = adapter;
}

/** The default adapter, if one was set (or lazily created by a widget). */
export function getDefaultAdapter(): ChorusAdapter | undefined {
  return slot.adapter;
}
