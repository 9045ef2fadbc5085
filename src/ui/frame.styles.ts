import { css } from 'lit';

/**
 * The framed surface a widget's root section sits on (`class="frame …"`): the border, radius,
 * surface colour and shadow every newer widget shares, so a theme change lands everywhere at once.
 * Layout inside the frame (grid, gaps) stays with each widget.
 */
export const frameStyles = css`
  .frame {
    padding: calc(var(--_space) * 4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    min-inline-size: 0;
  }
  @media (forced-colors: active) {
    .frame {
      border-color: CanvasText;
    }
  }
`;

/** A row saying a step failed, with its retry button at the end (wraps under the text when narrow). */
export const failureRowStyles = css`
  .failure {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
    justify-content: space-between;
  }
`;
