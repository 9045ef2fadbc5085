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
`;
