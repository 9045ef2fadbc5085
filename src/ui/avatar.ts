import { css, html, nothing, type TemplateResult } from 'lit';
import type { Person } from '../core/people.js';
import { cssVars } from './css-vars.js';

const segmenter = new Intl.Segmenter();

/** Up to two initials, from the first and last words of a name, grapheme-safe. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = (w: string | undefined) => (w ? (segmenter.segment(w)[Symbol.iterator]().next().value?.segment ?? '') : '');
  const chosen = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return chosen.map(first).join('').toUpperCase();
}

/** A stable hue per person, so the same colleague always gets the same colour of initials. */
function hue(id: string): number {
  // FNV-1a: neighbouring ids (p-01, p-02) still land far apart on the colour wheel.
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 360;
}

/**
 * A round avatar: the photo when there is one (hidden again if it fails to load), initials
 * otherwise. Decorative (`aria-hidden`): the name is always written next to it.
 */
export function avatar(person: Pick<Person, 'id' | 'name' | 'avatarUrl'>, size: 'sm' | 'md' = 'md'): TemplateResult {
  return html`<span class="avatar avatar--${size}" ${cssVars({ '--_hue': hue(person.id) })} aria-hidden="true"
    >${initials(person.name)}${
      person.avatarUrl ? html`<img src=${person.avatarUrl} alt="" loading="lazy" @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)} />` : nothing
    }</span
  >`;
}

export const avatarStyles = css`
  .avatar {
    position: relative;
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2.5em;
    block-size: 2.5em;
    border-radius: 50%;
    overflow: hidden;
    font-weight: 600;
    font-size: 0.875em;
    line-height: 1;
    color: hsl(var(--_hue) 60% 25%);
    background: hsl(var(--_hue) 70% 88%);
    user-select: none;
  }
  .avatar--sm {
    inline-size: 1.75em;
    block-size: 1.75em;
    font-size: 0.75em;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;
