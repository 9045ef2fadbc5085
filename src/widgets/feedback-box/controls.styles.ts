import { css } from 'lit';

/* Links, fields, notices and the loading / empty / error states of the feedback box (buttons: base/button.styles.ts). */
export const controlStyles = css`
  .secondary,
  .danger {
    white-space: nowrap;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent-soft-text);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: currentColor;
  }

  /* fields */
  fieldset {
    gap: calc(var(--_space) * 2);
  }
  legend {
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .field > label {
    font-weight: 600;
  }
  textarea {
    overflow-wrap: anywhere;
  }
  textarea:disabled {
    background: var(--_surface-2);
    color: var(--_text-2);
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .confirm {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
  }
  .confirm p {
    margin: 0;
    font-weight: 600;
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }

  /* notices and states */
  .muted {
    margin: 0;
    color: var(--_text-2);
  }
  .error-text {
    color: var(--_danger);
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 3);
  }

  .tabs-bone {
    inline-size: min(100%, 18rem);
    block-size: 2rem;
  }
  .line-bone {
    inline-size: 80%;
    block-size: 1em;
  }
  .block-bone {
    block-size: 4.5rem;
  }
  .skeleton-list {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .skeleton-row {
    block-size: 4.5rem;
  }
`;
