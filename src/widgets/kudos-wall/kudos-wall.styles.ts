import { css } from 'lit';
import { buttonStyles } from '../../base/button.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { formStyles } from '../../base/form.styles.js';
import { avatarStyles } from '../../ui/avatar.js';
import { statesStyles } from '../../ui/states.styles.js';
import { kudosCardStyles } from './kudos-card.styles.js';

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
  /* Windowed (a long wall): the virtualizer places each card; the gap becomes a margin it measures. */
  .list.windowed {
    display: block;
  }
  .list.windowed > li {
    inline-size: 100%;
    margin-block-end: calc(var(--_space) * 3);
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
  .ghost-card span:nth-child(1) {
    inline-size: 40%;
  }
  .ghost-card span:nth-child(3) {
    inline-size: 70%;
  }
`;

const celebrate = css`
  .celebrate {
    position: absolute;
    inset: 0;
    overflow: hidden;
    pointer-events: none;
  }
  /* Each confetto's place in the burst, by position: a strict CSP refuses style attributes. */
  .celebrate span:nth-child(2) { --i: 1; }
  .celebrate span:nth-child(3) { --i: 2; }
  .celebrate span:nth-child(4) { --i: 3; }
  .celebrate span:nth-child(5) { --i: 4; }
  .celebrate span:nth-child(6) { --i: 5; }
  .celebrate span:nth-child(7) { --i: 6; }
  .celebrate span {
    --i: 0;
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

// The fields and their errors look as in every Chorus form (base/field.styles.ts, base/form.styles.ts).
export const kudosWallStyles = [buttonStyles, fieldStyles, formStyles, avatarStyles, statesStyles, wall, kudosCardStyles, celebrate];
