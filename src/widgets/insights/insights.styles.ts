import { css } from 'lit';
import { statesStyles } from '../../ui/states.styles.js';

/* <chorus-insights>'s own look, after the shared host, button and states sheets. */
export const insightsStyles = [
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
    .list {
      display: grid;
      gap: var(--_space);
      margin: 0;
      padding-inline-start: calc(var(--_space) * 5);
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
