import { html, svg, type TemplateResult } from 'lit';
import { BADGES, type Badge, type BadgeId } from '../../core/leaderboard.js';
import type { ChorusLocalize } from '../../i18n/localize.js';

/* Each badge's picture: small inline SVGs in the current colour (no icon font, no network), always next to words. */
const ICONS: Record<Badge['icon'], TemplateResult> = {
  spark: svg`<path d="M10 1.5l2 5.5 5.5 2-5.5 2-2 5.5-2-5.5-5.5-2 5.5-2z"/>`,
  heart: svg`<path d="M10 17s-6.5-4-6.5-8.5A3.5 3.5 0 0 1 10 6a3.5 3.5 0 0 1 6.5 2.5C16.5 13 10 17 10 17z"/>`,
  megaphone: svg`<path d="M3 8h3l8-4v12l-8-4H3zM6 12l1.5 4.5h2L8.5 12"/>`,
  compass: svg`<path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16zm3.5 4.5-2 5-5 2 2-5z"/>`,
  trophy: svg`<path d="M6 2h8v2h3v2.5A3.5 3.5 0 0 1 13.7 10 4 4 0 0 1 11 12.5V15h3v2H6v-2h3v-2.5A4 4 0 0 1 6.3 10 3.5 3.5 0 0 1 3 6.5V4h3zm-1.5 3.5v1A2 2 0 0 0 6 8.4V5.5zm11 0H14v2.9a2 2 0 0 0 1.5-1.9z"/>`,
};

/** A badge's icon (decorative) and its name for screen readers; the description shows on hover. */
export function badgeIcon(t: ChorusLocalize, id: BadgeId): TemplateResult {
  const badge = BADGES[id];
  const name = t.term(badge.nameKey as 'leaderboard.badge.firstKudos');
  return html`<span class="badge badge--${badge.icon}" title=${t.term(badge.descriptionKey as 'leaderboard.badge.firstKudosHint')}
    ><svg viewBox="0 0 20 20" aria-hidden="true">${ICONS[badge.icon]}</svg><span class="visually-hidden">${name}</span></span
  >`;
}

/** A badge with its name and description written out (the viewer's own summary, the "new badge" notice). */
export function badgeCard(t: ChorusLocalize, id: BadgeId): TemplateResult {
  const badge = BADGES[id];
  return html`<li class="badge-card">
    <span class="badge badge--${badge.icon}"><svg viewBox="0 0 20 20" aria-hidden="true">${ICONS[badge.icon]}</svg></span>
    <span><strong>${t.term(badge.nameKey as 'leaderboard.badge.firstKudos')}</strong>
      <span class="hint">${t.term(badge.descriptionKey as 'leaderboard.badge.firstKudosHint')}</span></span>
  </li>`;
}
