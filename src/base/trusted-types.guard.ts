/*
 * Imported first by every entry, before Lit, so it sees Lit ask the page for its Trusted Types
 * policy `lit-html`. A policy that refuses it (`trusted-types 'none'`, or a second bundled copy
 * without `'allow-duplicates'`) stops that copy of Chorus before it can say anything: this logs
 * one error naming the fix, and records it so widgets on the page show an error rather than fall
 * back to demo data. It wraps `trustedTypes.createPolicy` (the call and its error pass unchanged)
 * to hear the refusal as it happens: the violation event comes a task later, maybe after widgets
 * decided. Shared by every copy on the page through a Symbol.for key.
 */
type Slot = { refused?: boolean; listeners: Set<() => void> };
type Factory = { createPolicy(name: string, rules: object): unknown };

const KEY = Symbol.for('chorus:trusted-types:v1');
const global = globalThis as Record<symbol, unknown> & { trustedTypes?: Factory };
let slot = global[KEY] as Slot | undefined;
if (!slot) {
  slot = global[KEY] = { listeners: new Set<() => void>() } as Slot;
  const factory = global.trustedTypes;
  const create = factory?.createPolicy.bind(factory);
  if (factory && create) {
    factory.createPolicy = (name, rules) => {
      try {
        return create(name, rules);
      } catch (error) {
        if (name === 'lit-html' && !slot!.refused) {
          slot!.refused = true;
          console.error(
            `Chorus: the page's CSP refused the Trusted Types policy "lit-html", so a copy of Chorus cannot start. Fix: trusted-types lit-html 'allow-duplicates'`,
          );
          for (const listener of slot!.listeners) listener();
        }
        throw error;
      }
    };
  }
}
const shared: Slot = slot;

/** Whether the page refused Lit's policy to a copy of Chorus (or of Lit). */
export function trustedTypesRefused(): boolean {
  return !!shared.refused;
}

/** Calls `listener` when the page refuses it; returns the unsubscribe. */
export function onTrustedTypesRefused(listener: () => void): () => void {
  shared.listeners.add(listener);
  return () => shared.listeners.delete(listener);
}
