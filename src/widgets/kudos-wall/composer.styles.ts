import { css } from 'lit';

/** Form controls shared look: Fluent-like fields, pills for values, one accent button. */
export const composerStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  h3 {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 600;
  }
  label,
  legend {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: var(--_space);
  }
  textarea {
    min-block-size: 5.5em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 2);
  }
  .value-options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .value-option {
    position: relative;
    font-weight: 400;
  }
  .value-option input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .value-option > span {
    display: inline-block;
    padding: var(--_space) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .value-option input:checked + span {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
    font-weight: 600;
  }
  .value-option input:focus-visible + span {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .image-fields {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .preview {
    max-inline-size: 12rem;
    max-block-size: 8rem;
    border-radius: var(--_radius-sm);
    object-fit: cover;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 3);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    font-weight: 400;
  }
  .check input {
    inline-size: 1.1em;
    block-size: 1.1em;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
  }
  .link {
    padding: var(--_space) 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .value-option input:checked + span {
      border: 2px solid Highlight;
    }
  }
`;
