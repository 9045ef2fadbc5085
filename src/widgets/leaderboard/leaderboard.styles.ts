import { css } from 'lit';
import { formStyles } from '../../base/form.styles.js';
import { avatarStyles } from '../../ui/avatar.js';
import { frameStyles } from '../../ui/frame.styles.js';
import { statesStyles } from '../../ui/states.styles.js';

/* <chorus-leaderboard>'s own look, after the shared host, button, field, states, frame and avatar sheets. */
export const leaderboardStyles = [
  statesStyles,
  frameStyles,
  formStyles,
  avatarStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .leaderboard {
      display: grid;
      gap: calc(var(--_space) * 3);
    }
    .title {
      margin: 0;
      font-size: 1.125em;
      font-weight: 600;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .option {
      display: grid;
      flex: 1 1 9rem;
      gap: var(--_space);
      font-weight: 600;
    }
    .caption {
      margin: 0;
      color: var(--_text-2);
    }
    .rows {
      display: grid;
    }
    .rows.windowed {
      display: block;
      block-size: min(70vh, 32rem);
      overflow: auto;
    }
    /* rank · change · avatar · who · score */
    .row {
      display: grid;
      grid-template-columns: 3.25em 3em 1.75em minmax(0, 1fr) auto;
      gap: calc(var(--_space) * 2);
      align-items: center;
      inline-size: 100%;
      box-sizing: border-box;
      padding: calc(var(--_space) * 2);
      border-block-end: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
    }
    .row:hover {
      background: var(--_surface-2);
    }
    .row:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
    }
    .row.me {
      background: var(--_accent-soft);
      color: var(--_accent-soft-text);
    }
    .rank {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      line-height: 1.1;
    }
    .tied {
      display: block;
      font-weight: 400;
      font-size: 0.75em;
      color: var(--_text-2);
    }
    .change {
      font-size: 0.8em;
      font-variant-numeric: tabular-nums;
      color: var(--_text-2);
    }
    .change.up {
      color: var(--_success);
    }
    .change.down {
      color: var(--_danger);
    }
    .change.new {
      justify-self: start;
      padding: 0 var(--_space);
      border-radius: var(--_radius-sm);
      background: var(--_accent-soft);
      color: var(--_accent-soft-text);
    }
    .avatar-blank {
      inline-size: 1.75em;
      block-size: 1.75em;
      border-radius: 50%;
      background: var(--_surface-3);
    }
    .who {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .name {
      font-weight: 600;
    }
    .tag {
      padding: 0 var(--_space);
      border-radius: var(--_radius-sm);
      background: var(--_accent);
      color: var(--_accent-text);
      font-size: 0.8em;
      font-weight: 600;
    }
    .badges {
      display: inline-flex;
      gap: 2px;
      vertical-align: middle;
    }
    .badge {
      display: inline-grid;
      place-items: center;
      inline-size: 1.5em;
      block-size: 1.5em;
      border-radius: 50%;
      background: var(--_surface-3);
      color: var(--_text);
    }
    .badge svg {
      inline-size: 1em;
      block-size: 1em;
      fill: currentColor;
    }
    .badge--trophy {
      background: #fde9b2;
      color: #6b4a00;
    }
    .badge--heart {
      background: #fde1e4;
      color: #a4262c;
    }
    .score {
      font-variant-numeric: tabular-nums;
      text-align: end;
      white-space: nowrap;
    }
    .score small {
      display: block;
      color: var(--_text-2);
    }
    .more-tied,
    .place {
      margin: 0;
      color: var(--_text-2);
    }
    .pinned {
      display: grid;
      gap: var(--_space);
      padding-block-start: calc(var(--_space) * 2);
      border-block-start: 2px dashed var(--_border);
    }
    .board-actions,
    .opt-row {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      align-items: center;
    }
    .summary {
      display: grid;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 3);
      border-radius: var(--_radius-sm);
      background: var(--_surface-2);
    }
    .summary-title {
      margin: 0;
      font-size: 1em;
    }
    .standing {
      margin: 0;
    }
    .badge-list {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .badge-card {
      display: flex;
      gap: calc(var(--_space) * 2);
      align-items: center;
      max-inline-size: 18rem;
    }
    .badge-card .hint {
      display: block;
    }
    .new-badges {
      background: var(--_accent-soft);
    }
    /* Narrow columns: the change goes under the rank, the score under the name. */
    @container (max-width: 420px) {
      .row {
        grid-template-columns: 3em 1.75em minmax(0, 1fr);
        grid-template-areas: 'rank avatar who' 'change avatar score';
        row-gap: 0;
      }
      .rank {
        grid-area: rank;
      }
      .change {
        grid-area: change;
      }
      .avatar,
      .avatar-blank {
        grid-area: avatar;
      }
      .who {
        grid-area: who;
      }
      .score {
        grid-area: score;
        text-align: start;
        color: var(--_text-2);
      }
      .score small {
        display: inline;
      }
    }
    @media (forced-colors: active) {
      .row.me {
        outline: 2px solid CanvasText;
      }
      .badge {
        border: 1px solid CanvasText;
      }
    }
  `,
];
