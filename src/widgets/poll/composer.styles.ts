import { css } from 'lit';
import { pollControlStyles } from './poll.styles.js';

/** The poll composer: Fluent-like fields, a segmented type switch, one accent button. */
const form = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 5);
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  label,
  legend {
    font-weight: 600;
  }
  fieldset {
    gap: calc(var(--_space) * 3);
  }
  fieldset.settings {
    padding-block-start: calc(var(--_space) * 4);
    border-block-start: 1px solid var(--_border);
  }
  .field {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }
  .field.inline {
    grid-template-columns: auto 5rem;
    align-items: center;
    justify-content: start;
    gap: calc(var(--_space) * 3);
  }
  .field.inline .field-error {
    grid-column: 1 / -1;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) * 4);
  }
  /* Label, then control, then any error: controls line up even when a label wraps. */
  .grid .field {
    grid-template-rows: 1fr auto auto;
    align-items: end;
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .segment {
    position: relative;
    font-weight: 400;
  }
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segment span {
    display: inline-block;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .segment input:checked + span {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
    font-weight: 600;
  }
  .segment input:focus-visible + span {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .option-list {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option-list li {
    display: grid;
    grid-template-columns: 1.5rem 1fr 2.25rem;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .option-list .field-error {
    grid-column: 2 / -1;
  }
  .n {
    color: var(--_text-2);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .icon {
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: none;
    color: var(--_text-2);
  }
  .icon:hover {
    background: var(--_surface-2);
    color: var(--_danger);
  }
  .link {
    justify-self: start;
    padding: var(--_space) 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
    font-weight: 400;
  }
  .check input {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .check.nested {
    padding-inline-start: calc(var(--_space) * 6);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
  }
  @media (forced-colors: active) {
    .segment input:checked + span {
      border: 2px solid Highlight;
    }
    .primary {
      border-color: ButtonText;
    }
  }
`;

export const composerStyles = [...pollControlStyles, form];
