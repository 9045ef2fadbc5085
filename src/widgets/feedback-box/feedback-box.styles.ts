import { css } from 'lit';
import { statesStyles } from '../../ui/states.styles.js';
import { tabsStyles } from '../../ui/tabs.styles.js';
import { controlStyles } from './controls.styles.js';
import { sendFormStyles } from './send-form.styles.js';

/* The card, the tabs and the anonymity note; the colour of warnings; forced colours (the conversations' and inbox's: threads.styles.ts). */

const tokens = css`
  :host {
    --_warning: var(--chorus-warning, var(--colorStatusWarningForeground1, #bc4b09));
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_warning: var(--chorus-warning, #f98845);
    }
  }
  :host([theme='dark']) {
    --_warning: var(--chorus-warning, #f98845);
  }
`;

const layout = css`
  .box {
    display: grid;
    gap: calc(var(--_space) * 4);
    padding: calc(var(--_space) * 5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  @container (max-width: 420px) {
    .box {
      padding: calc(var(--_space) * 4);
    }
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .box[dir='rtl'] .flip {
    transform: scaleX(-1);
  }

  .panel {
    display: grid;
    gap: calc(var(--_space) * 4);
    min-inline-size: 0;
  }

  /* why it is anonymous */
  .intro {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .intro-line {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
    margin: 0;
  }
  .intro-line svg {
    margin-block-start: 0.2em;
    color: var(--_accent);
    inline-size: 1.15em;
    block-size: 1.15em;
  }
  .how summary {
    inline-size: fit-content;
    border-radius: 2px;
    color: var(--_accent-soft-text);
    font-weight: 600;
    cursor: pointer;
  }
  .how ul {
    display: grid;
    gap: var(--_space);
    margin: calc(var(--_space) * 2) 0 0;
    padding: calc(var(--_space) * 3) calc(var(--_space) * 3) calc(var(--_space) * 3) calc(var(--_space) * 8);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
    color: var(--_text);
  }
`;

const modes = css`
  @media (forced-colors: active) {
    .box,
    .category,
    .mood,
    .enps-option > span,
    .details-note,
    .confirm {
      border: 1px solid CanvasText;
    }
    .category:has(input:checked),
    .mood:has(input:checked),
    .enps-option input:checked + span {
      border: 2px solid Highlight;
    }
    .enps-option input:checked + span {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;

export const feedbackBoxStyles = [tokens, statesStyles, tabsStyles, controlStyles, layout, sendFormStyles, modes];
