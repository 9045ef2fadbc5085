import { css } from 'lit';

/** The shared states' look (templates in states.ts); a widget may adjust spacing after this sheet. */
export const statesStyles = css`
  .empty,
  .load-error {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: calc(var(--_space) * 6) calc(var(--_space) * 4);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-2);
    text-align: center;
  }
  .empty p,
  .load-error p {
    margin: 0;
  }
  .empty-icon {
    font-size: 2em;
  }
  .load-error {
    border-style: solid;
    border-color: var(--_danger);
    background: var(--_danger-soft);
    color: var(--_text);
  }
  .notice {
    margin: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
  }
  .notice.error {
    background: var(--_danger-soft);
    color: var(--_danger);
  }
  /* A dismissible notice: its text, and the button at the end of the line. */
  div.notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 3);
  }
  /* A loading skeleton: grey bars ("bones") that pulse unless reduced motion is asked for. */
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .bone {
    display: block;
    height: 1em;
    border-radius: var(--_radius-sm);
    /* Visible on white and on dark surfaces alike (the border colour alone was nearly invisible). */
    background: color-mix(in srgb, var(--_text-2) 28%, var(--_surface));
    animation: pulse 1.6s ease-in-out infinite;
  }
  .bone.short {
    inline-size: 60%;
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.6;
    }
  }
`;
