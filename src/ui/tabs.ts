import { html, nothing, type TemplateResult } from 'lit';

export interface Tab<T extends string> {
  id: T;
  label: string;
  /** A short count shown after the label ("1 new answer"), read as part of its name. */
  badge?: string;
  /**
   * What a narrow tab list shows instead ("Conversations", "1"), each a part of the full label or
   * badge, so the name (always the full label and badge) still contains what is seen.
   */
  short?: string;
  badgeShort?: string;
}

/** The full text, and the narrow one when there is one (tabsStyles shows one of them). */
function twoWidths(long: string, short: string | undefined): TemplateResult {
  return short ? html`<span class="tab-long">${long}</span><span class="tab-short" aria-hidden="true">${short}</span>` : html`${long}`;
}

/**
 * An ARIA tablist: one tab in the tab order (the selected one), arrow keys move between tabs and
 * select them (panels render at once), Home and End jump to the ends. Left and right follow the
 * reading direction.
 */
export function tabList<T extends string>(
  tabs: readonly Tab<T>[],
  selected: T,
  options: { label: string; dir: 'ltr' | 'rtl'; select: (id: T, focus: boolean) => void },
): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const step = options.dir === 'rtl' ? -1 : 1;
    const to: Record<string, number> = {
      ArrowRight: index + step,
      ArrowLeft: index - step,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(event.key in to)) return;
    event.preventDefault();
    const next = tabs[(to[event.key]! + tabs.length) % tabs.length]!;
    options.select(next.id, true);
  };
  return html`<div class="tabs" role="tablist" part="tabs" aria-label=${options.label} @keydown=${onKey}>
    ${tabs.map((tab) => {
      const on = tab.id === selected;
      return html`<button type="button" role="tab" class="tab" part="tab" id=${`tab-${tab.id}`} aria-selected=${on ? 'true' : 'false'}
        aria-controls=${on ? `panel-${tab.id}` : nothing} tabindex=${on ? 0 : -1} @click=${() => options.select(tab.id, false)}
        aria-label=${tab.short || tab.badgeShort ? [tab.label, tab.badge].filter(Boolean).join(' ') : nothing}
        >${twoWidths(tab.label, tab.short)}${tab.badge ? html` <span class="tab-badge">${twoWidths(tab.badge, tab.badgeShort)}</span>` : nothing}</button>`;
    })}
  </div>`;
}
