import { css } from 'lit';

/* The results: bars, badges, write-ins awaiting approval, and the eNPS score and breakdown. */
export const resultsStyles = css`
  .results {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .results[aria-busy='true'] .bars {
    opacity: 0.75;
  }
  .bars {
    display: grid;
    gap: calc(var(--_space) * 4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .row-text {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
  }
  .label {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .row.aggregate .label {
    color: var(--_text-2);
    font-style: italic;
  }
  .figures {
    flex: none;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .percent {
    font-weight: 700;
  }
  .figures .count {
    margin-inline-start: var(--_space);
    color: var(--_text-2);
    font-weight: 400;
    font-size: 0.875em;
  }
  .bar {
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--_bar-track);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: var(--_p);
    border-radius: inherit;
    background: color-mix(in srgb, var(--_bar) 55%, var(--_surface));
    transition: inline-size 0.4s ease-out;
  }
  .row.leading .fill {
    background: var(--_bar);
  }
  .row.aggregate .fill {
    background: var(--_text-2);
  }
  .decide {
    padding-block: 0;
  }
  .badge.lead {
    background: var(--_surface-3);
    color: var(--_text);
  }
  .badge.mine {
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
  }
  .badge.pending {
    border: 1px dashed var(--_text-2);
    color: var(--_text-2);
  }
  .total,
  .note {
    margin: 0;
    color: var(--_text-2);
    font-size: 0.875em;
  }
  .total {
    font-weight: 600;
    color: var(--_text);
  }
  .own {
    margin: 0;
  }
  .hidden-results {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-sm);
    color: var(--_text-2);
  }
  .hidden-results svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  /* eNPS */
  .enps {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .enps-score {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .enps-value {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .enps-label {
    font-weight: 600;
  }
  .enps-label .muted {
    font-weight: 400;
  }
  .stack {
    display: flex;
    gap: 2px;
    block-size: 0.75rem;
    border-radius: 999px;
    overflow: hidden;
    background: var(--_bar-track);
  }
  .stack span {
    inline-size: var(--_p);
  }
  .promoters {
    --_tone: var(--_success);
  }
  .passives {
    --_tone: var(--_text-2);
  }
  .detractors {
    --_tone: var(--_danger);
  }
  .stack span,
  .swatch {
    background: var(--_tone);
  }
  .swatch {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 2px;
  }
  .breakdown {
    gap: calc(var(--_space) * 2);
  }
`;
