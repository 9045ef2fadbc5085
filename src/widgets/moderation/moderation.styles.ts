import { css } from 'lit';
import { statesStyles } from '../../ui/states.styles.js';

/* <chorus-moderation>'s own look, after the shared host, button and states sheets. */
export const moderationStyles = [
  statesStyles,
  css`
    .card {
      display: grid;
      gap: calc(var(--_space) * 3);
      padding: calc(var(--_space) * 4);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .title {
      margin: 0;
      font-size: 1.125em;
      font-weight: 600;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 3);
    }
    .filters .field {
      display: grid;
      gap: var(--_space);
    }
    .list {
      display: grid;
      gap: calc(var(--_space) * 3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item article {
      display: grid;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
    }
    .meta,
    .muted,
    .sub,
    .reasons {
      margin: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      align-items: center;
    }
    .badge {
      padding: 0 calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: 999px;
      font-size: 0.875em;
    }
    .state-hidden,
    .state-deleted {
      border-style: dashed;
    }
    .text {
      margin: 0;
      padding-inline-start: calc(var(--_space) * 3);
      border-inline-start: 3px solid var(--_border);
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    .muted,
    .count {
      color: var(--_text-2);
    }
    .sub {
      font-size: 1em;
      font-weight: 600;
    }
    .reasons,
    .history ol {
      padding-inline-start: calc(var(--_space) * 5);
      overflow-wrap: anywhere;
    }
    .decide {
      display: grid;
      gap: var(--_space);
    }
    .decide textarea {
      box-sizing: border-box;
      width: 100%;
      font: inherit;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .error-text {
      margin: 0;
      color: var(--_danger);
    }
    .skeleton {
      display: grid;
      gap: var(--_space);
    }
    .bone {
      display: block;
      height: 1em;
      border-radius: var(--_radius-sm);
      background: var(--_border);
    }
    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
    }
  `,
];
