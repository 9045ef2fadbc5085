import { css } from 'lit';

/* A status or label badge: a word on a tint (each widget picks the tints), never colour alone. */
export const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding: 0 calc(var(--_space) * 2);
    border: 1px solid transparent;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.6;
    white-space: nowrap;
  }
`;
