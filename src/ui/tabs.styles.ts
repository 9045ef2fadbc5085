import { css } from 'lit';

/** The tab list's look (tabList in tabs.ts): Fluent's underlined tabs; narrow, the tabs share the row and their labels wrap. */
export const tabsStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    margin-block-start: calc(var(--_space) * -2);
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
    border: 0;
    border-radius: var(--_radius-sm) var(--_radius-sm) 0 0;
    background: none;
    color: var(--_text-2);
    font-weight: 600;
    white-space: nowrap;
  }
  .tab:hover {
    background: var(--_surface-2);
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    color: var(--_text);
  }
  .tab[aria-selected='true']::after {
    content: '';
    position: absolute;
    inset-inline: calc(var(--_space) * 3);
    inset-block-end: -1px;
    block-size: 3px;
    border-radius: 3px;
    background: var(--_accent);
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
  .tab-short {
    display: none;
  }
  /* Narrow: the tabs share the row and their labels wrap, rather than one tab per line. */
  @container (max-width: 420px) {
    .tabs {
      flex-wrap: nowrap;
    }
    .tab {
      flex: 1 1 0;
      justify-content: center;
      padding-inline: calc(var(--_space) * 1.5);
      white-space: normal;
      text-align: center;
      line-height: 1.25;
    }
    .tab[aria-selected='true']::after {
      inset-inline: calc(var(--_space) * 1.5);
    }
    /* Tabs with a narrow text show it on one line ("Conversations 1"), never a two-line pill. */
    .tabs:has(.tab-short) {
      overflow-x: auto;
      scrollbar-width: thin;
    }
    .tabs:has(.tab-short) .tab {
      flex: 1 1 auto;
      white-space: nowrap;
    }
    .tab-long:has(+ .tab-short) {
      display: none;
    }
    .tab-short {
      display: inline;
    }
    .tab-badge:has(.tab-short) {
      min-inline-size: 1.6em;
      text-align: center;
    }
  }
  .tab-badge {
    padding: 0 calc(var(--_space) * 1.5);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.75em;
    line-height: 1.6;
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true']::after {
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
