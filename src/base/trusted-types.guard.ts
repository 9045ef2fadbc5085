/*
 * Imported first by every entry, before Lit, so it listens before Lit asks the page for its
 * Trusted Types policy `lit-html`. A policy that refuses it (`trusted-types 'none'`, or a second
 * bundled copy without `'allow-duplicates'`) stops that copy of Chorus before it can say anything:
 * this logs one error naming the fix, and records it so widgets on the page show an error rather
 * than fall back to demo data. It wraps `trustedTypes.createPolicy` to hear the refusal at once. Shared by every copy on the page through a Symbol.for key.
 */
const KEY = Symbol.for('chorus:trusted-types:v1');
type Slot = { listening?: boolean; refused?: boolean; listeners: Set<() => void> };
const slot = ((globalThis as Record<symbol, unknown>)[KEY] ??= { listeners: new Set() }) as Slot;

function refuse(): void {
  if (slot.refused) return;
  slot.refused = true;
  console.error(
    'Chorus: this page\'s Content-Security-Policy refused Lit\'s Trusted Types policy "lit-html", so a copy of Chorus could not start ' +
      'and its widgets have no backend. Allow it: trusted-types lit-html; with more than one bundled copy on the page (two web parts), ' +
      "trusted-types lit-html 'allow-duplicates'.",
  );
  for (const listener of slot.listeners) listener();
}

type Factory = { createPolicy(name: string, rules: object): unknown };
const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
if (!slot.listening && factory && typeof document !== 'undefined') {
  slot.listening = true;
  // Heard as it happens, before the page loads: the violation event comes a task later, maybe after
  // the widgets decided they have no backend. The call and its error are passed on unchanged.
  const createPolicy = factory.createPolicy.bind(factory);
  factory.createPolicy = (name, rules) => {
    try {
      return createPolicy(name, rules);
    } catch (error) {
      if (name === 'lit-html') refuse();
      throw error;
    }
  };
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.violatedDirective === 'trusted-types' && /^lit-html\b/.test(event.sample)) refuse();
  });
}

/** Whether the page refused Lit's policy to a copy of Chorus (or of Lit). */
export function trustedTypesRefused(): boolean {
  return !!slot.refused;
}

/** Calls `listener` when the page refuses it; returns the unsubscribe. */
export function onTrustedTypesRefused(listener: () => void): () => void {
  slot.listeners.add(listener);
  return () => slot.listeners.delete(listener);
}
