import { css } from 'lit';

/* The caption's text, its locked parts and its counter (caption.view.ts), as the share card and the post composer show them. */
export const captionStyles = css`
  .caption-text {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .locked-part {
    font-weight: 600;
  }
  .counter {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0;
    color: var(--_text-2);
    font-variant-numeric: tabular-nums;
  }
  .counter.over,
  .warning {
    color: var(--_danger);
    font-weight: 600;
  }
`;
