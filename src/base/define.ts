// First, before any module imports Lit: it hears a Trusted Types refusal of Lit's policy.
import './trusted-types.guard.js';
import { VERSION } from './version.js';

/**
 * Defines a tag unless it is already defined. A tag defined by this same version (a second copy
 * of the library on the page) is skipped silently; by another version, skipped with a warning,
 * because the first definition wins and the page may behave like that version.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { chorusVersion?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing.chorusVersion === VERSION) return;
  console.warn(
    `Chorus ${VERSION}: <${tag}> is already defined by ${existing.chorusVersion ? `Chorus ${existing.chorusVersion}` : 'another script'}; keeping that one.`,
  );
}
