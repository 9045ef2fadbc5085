import { css } from 'lit';

/*
 * Text fields of the Chorus forms (kudos composer, a kudos card's comment and report, poll composer, feedback box): Fluent-like
 * boxes with a stronger bottom edge, and the quiet "(optional)" and hint lines beside labels.
 * Each form adds only what differs (a minimum height, a disabled look).
 */
export const fieldStyles = css`
  .optional,
  .hint {
    color: var(--_text-2);
    font-weight: 400;
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
  }
  textarea,
  select,
  input:not([type='radio'], [type='checkbox']) {
    inline-size: 100%;
    min-inline-size: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-block-end-color: var(--_text-2);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 400;
  }
  textarea {
    resize: vertical;
  }
  /* One focus ring for every text field of every widget: the page's focus colour, just outside the border. */
  textarea:focus-visible,
  select:focus-visible,
  input:not([type='radio'], [type='checkbox']):focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
`;
