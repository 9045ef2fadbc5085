import { css } from 'lit';

/* <{{tag}}>'s own look, after the shared host and button sheets. */
export const {{camel}}Styles = css`
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
  .loading,
  .empty {
    margin: 0;
    color: var(--_text-2);
  }
  .load-error {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius-sm);
    background: var(--_danger-soft);
  }
  .load-error p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
