import { css } from 'lit';

/*
 * What every Chorus form shares: invalid fields, the live character counter under a field, and
 * field and form error messages (with a sign, never colour alone).
 */
export const formStyles = css`
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .under {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }
  /* The counter is small; an error beside it is as large as every other field error. */
  .count {
    font-size: 0.85em;
    color: var(--_text-2);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .count.near {
    color: var(--_text);
    font-weight: 600;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 600;
  }
  .field-error,
  .form-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.9em;
  }
  .field-error::before,
  .form-error::before {
    content: '⚠ ';
  }
  .form-error {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    background: var(--_danger-soft);
  }
`;
