import { css } from 'lit';
import { badgeStyles } from '../../base/badge.styles.js';
import { buttonStyles } from '../../base/button.styles.js';
import { statesStyles } from '../../ui/states.styles.js';
import { resultsStyles } from './results.styles.js';

/* Shared by the poll and its composer surface: button sizes, notices, errors (buttons: base/button.styles.ts). */
const controls = css`
  .secondary.small {
    padding: var(--_space) calc(var(--_space) * 3);
    font-size: 0.875em;
  }
  .ghost {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
  }
  .muted {
    margin: 0;
    color: var(--_text-2);
  }
  .notice .ghost {
    color: inherit;
  }
  /* "Poll created": the snippet to paste into another page, and its copy button. */
  .created {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .snippet-label {
    font-weight: 600;
  }
  .snippet {
    inline-size: 100%;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    color: var(--_text);
    font-family: ui-monospace, SFMono-Regular, Consolas, monospace;
    font-size: 0.9em;
    resize: none;
  }
  .created-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: currentColor;
  }
`;

const card = css`
  .poll {
    display: grid;
    gap: calc(var(--_space) * 3);
    container-type: inline-size;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 4);
    margin: 0;
    padding: calc(var(--_space) * 5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  @container (max-width: 400px) {
    .card {
      padding: calc(var(--_space) * 4);
    }
  }
  fieldset {
    gap: calc(var(--_space) * 4);
  }
  .question {
    /* A floated legend is laid out like any child, so the fieldset's grid gap applies to it. */
    float: left;
    inline-size: 100%;
    margin: 0;
    padding: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  h2.question {
    float: none;
  }
  .question:focus {
    outline: none;
  }
  .question:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .description {
    margin: calc(var(--_space) * -2) 0 0;
    color: var(--_text-2);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1) calc(var(--_space) * 4);
    margin-block-start: calc(var(--_space) * -2);
    color: var(--_text-2);
    font-size: 0.875em;
  }
  .meta-item {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .status {
    color: var(--_text);
    font-weight: 600;
  }
  .status.soon {
    color: var(--_danger);
  }
  .status .dot {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_text-2);
  }
  .hint {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin: 0;
    color: var(--_text-2);
    font-size: 0.9em;
  }
  .count {
    color: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .count.over {
    color: var(--_danger);
  }

  /* choices */
  .choices {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 3);
    min-block-size: 2.75rem;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:hover {
    background: var(--_surface-2);
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .choice:has(input[aria-invalid='true']:checked) {
    border-color: var(--_danger);
  }
  .choice:has(input:disabled) {
    cursor: default;
    background: var(--_surface);
  }
  .choice input {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice-label {
    overflow-wrap: anywhere;
  }
  .other-field {
    display: grid;
    gap: var(--_space);
    padding-inline-start: calc(var(--_space) * 9);
  }
  .other-field label {
    font-weight: 600;
    font-size: 0.9em;
  }
  .other-field input {
    inline-size: 100%;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-block-end-color: var(--_text-2);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
  }
  .other-field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  /* eNPS scale */
  .scale {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .score {
    position: relative;
  }
  .score input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .score:hover > span {
    background: var(--_surface-2);
  }
  .score input:disabled + span {
    opacity: 0.6;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 4);
    color: var(--_text-2);
    font-size: 0.85em;
  }
  .scale-ends span:last-child {
    text-align: end;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  /* No button to show (a closed poll for a voter): no empty row and its gap. */
  .actions:not(:has(*)) {
    display: none;
  }
  .actions .manage {
    margin-inline-start: auto;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    flex-basis: 100%;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
  }
  .confirm p {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
`;

/* The loading skeleton and the composer's surface below the poll. */
const surfaces = css`
  .skeleton span:nth-child(2) {
    inline-size: 70%;
    block-size: 1.25em;
  }
  .skeleton span:nth-child(n + 3) {
    block-size: 2.25rem;
  }
  .composer-surface {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .composer-surface > chorus-poll-composer {
    padding: calc(var(--_space) * 5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .composer-surface.below .toggle {
    justify-self: start;
  }
`;

const modes = css`
  :host {
    --_bar: var(--chorus-poll-bar, var(--_accent));
    --_bar-track: var(--chorus-poll-bar-track, var(--_surface-3));
  }
  @media (prefers-reduced-motion: reduce) {
    .fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .card,
    .score > span,
    .choice {
      border: 1px solid CanvasText;
    }
    .bar,
    .stack {
      border: 1px solid CanvasText;
    }
    .fill,
    .row.leading .fill,
    .stack span,
    .swatch {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .choice:has(input:checked),
    .score input:checked + span {
      border: 2px solid Highlight;
    }
    .score input:checked + span {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;

export const pollStyles = [buttonStyles, badgeStyles, statesStyles, controls, card, resultsStyles, surfaces, modes];
export const pollControlStyles = [buttonStyles, controls];
