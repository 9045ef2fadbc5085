import { css } from 'lit';
import { buttonStyles } from '../../base/button.styles.js';
import { avatarStyles } from '../../ui/avatar.js';
import { statesStyles } from '../../ui/states.styles.js';

const wall = css`
  section {
    display: grid;
    gap: calc(var(--_space) * 4);
    container-type: inline-size;
  }
  .wall-heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .surface {
    position: relative;
    padding: calc(var(--_space) * 4);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .muted {
    color: var(--_text-2);
  }
  .small {
    font-size: 0.85em;
  }
  .error {
    margin: 0;
    color: var(--_danger);
  }
  .secondary,
  .danger {
    padding-block: calc(var(--_space) * 1.5);
  }
  .ghost {
    padding: var(--_space) calc(var(--_space) * 2);
    font-size: 0.9em;
  }
  .inline-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
  }

  /* filters */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: calc(var(--_space) * 3);
  }
  .filter {
    display: grid;
    gap: var(--_space);
    font-weight: 600;
    flex: 1 1 9rem;
    min-inline-size: 0;
  }
  .filter.person {
    flex: 2 1 14rem;
    font-weight: 400;
  }
  select {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2rem;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-block-end-color: var(--_text-2);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    font-weight: 400;
  }


  /* list */
  .list {
    display: grid;
    gap: calc(var(--_space) * 3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list[aria-busy='true'] {
    opacity: 0.6;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 2);
  }
  .more p {
    margin: 0;
  }
  .sentinel {
    block-size: 1px;
  }
  /* the shared states (ui/states.styles.ts), roomier on the wall */
  div.notice {
    flex-wrap: nowrap;
    gap: calc(var(--_space) * 3);
  }
  .empty,
  .load-error {
    padding: calc(var(--_space) * 8) calc(var(--_space) * 4);
  }

  /* loading */
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .ghost-card {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .ghost-card span {
    display: block;
    block-size: 0.9em;
    border-radius: 4px;
    background: var(--_surface-3);
    animation: pulse 1.4s ease-in-out infinite;
  }
  .ghost-card span:nth-child(1) {
    inline-size: 40%;
  }
  .ghost-card span:nth-child(3) {
    inline-size: 70%;
  }
`;

const card = css`
  .card {
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
  .card-foot {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .spacer {
    flex: 1;
  }
  .reactions {
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
  textarea,
  .comment-form input {
    inline-size: 100%;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
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
  .comment-form .error {
    flex-basis: 100%;
    font-size: 0.9em;
  }
`;

const celebrate = css`
  .celebrate {
    position: absolute;
    inset: 0;
    overflow: hidden;
    pointer-events: none;
  }
  .celebrate span {
    position: absolute;
    inset-block-end: 1rem;
    inset-inline-end: calc(2rem + var(--i) * 1.6rem);
    font-size: 1.4em;
    opacity: 0;
    animation: float 1.6s ease-out calc(var(--i) * 70ms) forwards;
  }
  @keyframes float {
    0% {
      transform: translateY(0) scale(0.6);
      opacity: 0;
    }
    20% {
      opacity: 1;
    }
    100% {
      transform: translateY(-7rem) rotate(calc(var(--i) * 25deg - 75deg)) scale(1.1);
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .celebrate span,
    .card.fresh,
    .ghost-card span {
      animation: none;
    }
    .celebrate span {
      opacity: 1;
      inset-block-start: calc(var(--_space) * 4);
      inset-block-end: auto;
    }
    .celebrate span:not(:first-child) {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .card,
    .surface {
      border: 1px solid CanvasText;
    }
    .reaction[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
    .tip {
      border: 1px solid CanvasText;
    }
  }
`;

export const kudosWallStyles = [buttonStyles, avatarStyles, statesStyles, wall, card, celebrate];
