import { css } from 'lit';

/* One kudos card (kudos-card.ts): head, message, image, reactions, comments and panels. */
export const kudosCardStyles = css`
  .card {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 4);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .card[aria-busy='true'] {
    opacity: 0.75;
  }
  .card.fresh {
    border-color: var(--_accent);
    animation: arrive 0.5s ease-out;
  }
  @keyframes arrive {
    from {
      transform: translateY(-6px);
      opacity: 0;
    }
  }
  .card-head {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 3);
  }
  .who {
    flex: 1;
    min-inline-size: 0;
  }
  .title,
  .meta {
    margin: 0;
  }
  .title {
    overflow-wrap: anywhere;
  }
  .arrow {
    display: inline-block;
    color: var(--_text-2);
  }
  [dir='rtl'] .arrow {
    transform: scaleX(-1);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    color: var(--_text-2);
    font-size: 0.85em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding: 2px calc(var(--_space) * 2);
    border-radius: 999px;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .badge.value {
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
    font-weight: 600;
  }
  .badge.private {
    padding: 0;
  }
  /* Seen by its author and moderators only: the moderator's reason, which may be long. */
  .badge.hidden {
    background: var(--_danger-soft);
    color: var(--_danger);
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .badge svg {
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }
  .message {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
    font-size: 1.05em;
  }
  .image {
    display: block;
    max-inline-size: 100%;
    max-block-size: 20rem;
    border-radius: var(--_radius-sm);
    object-fit: cover;
  }
  .image-fallback:not([hidden]) {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    margin: 0;
    padding: calc(var(--_space) * 3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
    color: var(--_text-2);
  }
  .image-fallback svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    fill: currentColor;
  }
  .card-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .reactions {
    /* Pushes the card's other actions to the end of the row (no spacer element: fewer nodes per card). */
    margin-inline-end: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
  }
  .reaction-wrap {
    position: relative;
  }
  .reaction {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    padding: 2px calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .reaction[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
  }
  .reaction .n {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .tip {
    position: absolute;
    inset-block-end: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 2;
    inline-size: max-content;
    max-inline-size: min(16rem, 70vw);
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.8em;
    pointer-events: none;
    /* Not just invisible: a hidden 16rem tip would still widen a narrow page. */
    display: none;
  }
  .reaction:hover + .tip,
  .reaction:focus-visible + .tip {
    display: block;
  }
  .picker:not([hidden]) {
    display: inline-flex;
    gap: 2px;
    padding: 2px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .emoji {
    padding: 2px 6px;
    border: 0;
    border-radius: 999px;
    background: none;
    font-size: 1.1em;
  }
  .emoji:hover {
    background: var(--_surface-2);
  }
  .panel {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
  }
  .panel h4,
  .panel p {
    margin: 0;
  }
  .panel-actions {
    display: flex;
    justify-content: flex-end;
    gap: calc(var(--_space) * 2);
  }
  .comments {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border);
  }
  .comments > p {
    margin: 0;
  }
  .comment-list {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .comment {
    display: flex;
    gap: calc(var(--_space) * 2);
  }
  .comment p {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .comment time {
    font-size: 0.85em;
  }
  .comment-form {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .comment-form input {
    flex: 1 1 12rem;
    inline-size: auto;
  }
  .comment-form .field-error {
    flex-basis: 100%;
  }
  /* A narrow card (a side column, a phone): the value goes under the names instead of squeezing
     them to a word a line, and the actions share one row under the reactions. */
  @container (max-width: 30rem) {
    .card-head {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
    }
    .badge.value {
      grid-column: 2;
      justify-self: start;
      white-space: normal;
    }
    .reactions {
      flex-basis: 100%;
    }
  }
`;
