import { css } from 'lit';
import { statesStyles } from '../../ui/states.styles.js';

/* <chorus-insights>'s own look, after the shared host, button, field and states sheets. */
export const insightsStyles = [
  statesStyles,
  css`
    .card {
      display: grid;
      gap: calc(var(--_space) * 4);
      padding: calc(var(--_space) * 4);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      /* Tracks no wider than the card: a wide table scrolls inside its box instead. */
      grid-template-columns: minmax(0, 1fr);
    }
    .title {
      margin: 0;
      font-size: 1.125em;
      font-weight: 600;
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
    .figures {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 5);
    }
    .figures[aria-busy='true'] {
      opacity: 0.6;
    }
    .section {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 2);
    }
    .section-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: calc(var(--_space) * 2);
    }
    .exports {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    h3 {
      margin: 0;
      font-size: 1em;
      font-weight: 600;
    }
    .summary,
    .bounds,
    .note {
      margin: 0;
    }
    .bounds,
    .note {
      color: var(--_text-2);
      font-size: 0.875em;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 4);
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--_text-2);
      font-size: 0.875em;
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
    .key {
      width: 1.25em;
      height: 0.75em;
    }
    .chart {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .bar-row {
      display: grid;
      grid-template-columns: minmax(6em, 11em) minmax(4em, 1fr) auto;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
    .bar-name {
      overflow-wrap: anywhere;
    }
    .bars {
      width: 100%;
      height: 1.25em;
      overflow: visible;
    }
    .card[dir='rtl'] .bars {
      transform: scaleX(-1);
    }
    .bar-now {
      fill: var(--_accent);
    }
    .bar-before {
      fill: transparent;
      stroke: var(--_accent);
      stroke-width: 1.5px;
    }
    .bar-value {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .bar-prev {
      color: var(--_text-2);
    }
    .bar-withheld {
      grid-column: 2 / -1;
      color: var(--_text-2);
      font-style: italic;
    }
    .table-box summary {
      cursor: pointer;
      width: fit-content;
      border-radius: var(--_radius-sm);
    }
    .table-box summary:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .table-scroll {
      overflow-x: auto;
      margin-block-start: calc(var(--_space) * 2);
    }
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
      font-size: 0.875em;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: var(--_space);
    }
    th,
    td {
      padding: var(--_space) calc(var(--_space) * 2);
      border-block-end: 1px solid var(--_border);
      text-align: end;
      white-space: nowrap;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: start;
      white-space: normal;
    }
    tr.withheld td {
      text-align: start;
      font-style: italic;
      color: var(--_text-2);
    }
    .muted,
    .withheld-cell {
      color: var(--_text-2);
    }
    .withheld-cell {
      text-align: start;
      font-style: italic;
    }
    .forbidden p {
      margin: 0;
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
    @media (max-width: 30em) {
      .bar-row {
        grid-template-columns: 1fr auto;
      }
      .bar-name {
        grid-column: 1 / -1;
      }
      .bar-withheld {
        grid-column: 1 / -1;
      }
    }
    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
      .bar-now {
        fill: CanvasText;
      }
      .bar-before {
        stroke: CanvasText;
      }
    }
  `,
];
