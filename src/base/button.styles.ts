import { css } from 'lit';

/*
 * The buttons every Chorus element draws: one accent `.primary` action, bordered `.secondary`,
 * `.danger` for what cannot be undone, quiet `.ghost` actions. A busy button says
 * `aria-disabled="true"` (it keeps focus; the handler ignores clicks) and shows progress. Widgets
 * adjust sizes after this sheet, never the look.
 */
export const buttonStyles = css`
  button {
    cursor: pointer;
  }
  .primary {
    padding: calc(var(--_space) * 2) calc(var(--_space) * 5);
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  .primary:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_accent-hover);
  }
  .secondary,
  .danger {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    font-weight: 600;
  }
  .secondary:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_surface-2);
  }
  .danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_surface);
  }
  .ghost {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: none;
    color: var(--_text-2);
    font-weight: 600;
  }
  .ghost:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_surface-2);
    color: var(--_text);
  }
  [aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  @media (forced-colors: active) {
    .primary,
    .secondary,
    .danger {
      border-color: ButtonText;
    }
  }
`;
