import { css } from 'lit';

/* The send form (topics, mood or eNPS, message, personal-details note) and the "Sent" view. */

const sendForm = css`
  .send-form {
    display: grid;
    gap: calc(var(--_space) * 5);
  }
  .category-options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: calc(var(--_space) * 2);
  }
  .category {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2.5);
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
  }
  .category:hover {
    background: var(--_surface-2);
  }
  .category:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .category input {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0.15em 0 0;
  }
  .category-text {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  .category label {
    font-weight: 600;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  /* The whole card chooses the topic. */
  .category label::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .category-description {
    color: var(--_text-2);
    font-size: 0.875em;
  }
  .category:has(input:checked) .category-description {
    color: var(--_text);
  }

  /* mood faces and the eNPS scale */
  .moods {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: calc(var(--_space) * 2);
  }
  .mood,
  .enps-option {
    position: relative;
  }
  .mood input,
  .enps-option input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .mood-face {
    display: block;
    font-size: 1.6em;
    line-height: 1.2;
  }
  .mood {
    display: grid;
    justify-items: center;
    align-content: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 2) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    text-align: center;
  }
  .mood-label {
    font-size: 0.8125em;
    line-height: 1.25;
  }
  .mood:hover,
  .enps-option:hover > span {
    background: var(--_surface-2);
  }
  .mood:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
    font-weight: 600;
  }
  .mood:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /*
   * Narrow (a side column): the topics as compact chips whose chosen one's description shows below
   * them, the moods as one row of faces over short words, a shorter message box: the whole form
   * stays well under the height of a phone screen.
   */
  .category-chosen,
  .mood-ends {
    display: none;
  }
  @container (max-width: 420px) {
    .send-form {
      gap: calc(var(--_space) * 4);
    }
    .category-options {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 1.5);
    }
    .category {
      padding: calc(var(--_space) * 1) calc(var(--_space) * 3);
      border-radius: 999px;
    }
    .category input {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .category:has(input:focus-visible) {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .category label {
      font-size: 0.875em;
    }
    .category-description {
      display: none;
    }
    .category-chosen {
      display: block;
      margin: 0;
      color: var(--_text-2);
      font-size: 0.875em;
    }
    .moods {
      gap: var(--_space);
    }
    /* One row of faces; their words are read with each radio, and the two ends are written below (as eNPS). */
    .mood {
      padding: calc(var(--_space) * 2) 0;
    }
    .mood-face {
      font-size: 1.5em;
    }
    .mood-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .mood-ends {
      display: flex;
      justify-content: space-between;
      gap: calc(var(--_space) * 4);
      color: var(--_text-2);
      font-size: 0.85em;
    }
    #message {
      min-block-size: 6rem;
      block-size: 7.5rem;
    }
  }
  .enps-ends {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 4);
    color: var(--_text-2);
    font-size: 0.85em;
  }
  .clear-score {
    justify-self: start;
    font-size: 0.875em;
  }

  /* the message and the personal-details note */
  #message {
    min-block-size: 8rem;
  }
  .details-note {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-inline-start: 4px solid var(--_warning);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
  }
  .details-note svg {
    margin-block-start: 0.2em;
    color: var(--_warning);
  }
  .details-note p {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

const sent = css`
  .sent {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .sent p {
    margin: 0;
  }
  .sent-title {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .sent-title:focus {
    outline: none;
  }
  .sent-title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
    border-radius: 2px;
  }
  .sent-title svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    padding: 0.2em;
    border-radius: 50%;
    background: var(--_success);
    color: var(--_surface);
  }
  .token-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .token-row input {
    flex: 1 1 14rem;
    font-family: ui-monospace, SFMono-Regular, Consolas, monospace;
    font-size: 0.95em;
  }
  .sent .token-row input {
    background: var(--_surface-2);
  }
  .token-why {
    color: var(--_text-2);
  }
  .keep {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 2);
    font-weight: 600;
    cursor: pointer;
  }
  .check input {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0.15em 0 0;
  }
  .keep .hint {
    padding-inline-start: calc(1.1em + var(--_space) * 2);
  }
`;

export const sendFormStyles = [sendForm, sent];
