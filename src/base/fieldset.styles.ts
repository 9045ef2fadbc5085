import { css } from 'lit';

/*
 * A fieldset as a plain grid of its fields (each widget sets the gap) and its legend as a full-width
 * first row: floated, so the grid's gap applies to it as to any child.
 */
export const fieldsetStyles = css`
  fieldset {
    display: grid;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    float: left;
    inline-size: 100%;
    padding: 0;
  }
  /*
   * A 0–10 scale (eNPS) in the poll and the feedback box: one row of eleven, down to a 320 px
   * widget (a side column), the gaps narrowing so each point keeps 24 px; two rows only below that,
   * where eleven would be narrower than a fingertip.
   */
  .scale-11 {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: var(--_space);
  }
  @container (max-width: 440px) {
    .scale-11 {
      gap: 2px;
    }
  }
  @container (max-width: 319px) {
    .scale-11 {
      grid-template-columns: repeat(6, minmax(0, 1fr));
      gap: var(--_space);
    }
  }
  /* Each point: a label holding a visually hidden radio and the number it shows. */
  .scale-11 > label > span {
    display: grid;
    place-items: center;
    min-block-size: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .scale-11 > label > input:checked + span {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .scale-11 > label > input:focus-visible + span {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
