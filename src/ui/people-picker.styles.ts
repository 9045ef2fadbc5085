import { css } from 'lit';

/* A Fluent-like text field holding chips, with a floating suggestions surface below it. */
export const peoplePickerStyles = css`
  :host {
    --_popup-z: var(--chorus-picker-popup-z-index, 10);
    --_popup-max: var(--chorus-picker-popup-max-height, 18rem);
    min-inline-size: 0;
  }

  .label {
    display: block;
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  .required {
    color: var(--_danger);
  }

  .control {
    position: relative;
  }

  .field {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2rem;
    padding-block: 3px;
    padding-inline: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-block-end-color: var(--_text-2);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    cursor: text;
    transition: border-color 0.1s ease, box-shadow 0.1s ease;
  }
  .field:hover {
    border-color: var(--_text-2);
  }
  /* The focus ring every Chorus text field has (base/field.styles.ts), around the chips and the input together. */
  .field:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .field--invalid,
  .field--invalid:hover {
    border-color: var(--_danger);
  }
  :host([disabled]) .field {
    cursor: not-allowed;
    border-color: var(--_border);
    background: var(--_surface-2);
    color: var(--_text-2);
  }

  .chips {
    display: contents;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    max-inline-size: 100%;
    min-inline-size: 0;
    padding-block: 2px;
    padding-inline: 2px;
    border-radius: 999px;
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
    line-height: 1.2;
  }
  .chip .avatar {
    font-size: 0.7em;
  }
  .chip-name {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .chip-remove:hover {
    background: color-mix(in srgb, currentColor 14%, transparent);
  }
  .chip-remove:focus-visible {
    outline-offset: 0;
  }
  .chip-remove:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .chip-remove svg {
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    fill: none;
  }

  input {
    flex: 1 1 8ch;
    min-inline-size: 8ch;
    min-block-size: 1.5rem;
    padding: 2px 0;
    border: 0;
    background: transparent;
    outline: none;
  }
  /* The field draws the focus ring (:focus-within) around the chips and the input together. */
  input:focus-visible {
    outline: none;
  }
  input::placeholder {
    color: var(--_text-2);
    opacity: 1;
  }
  input:disabled {
    cursor: not-allowed;
  }

  .popup {
    position: absolute;
    z-index: var(--_popup-z);
    inset-inline: 0;
    inset-block-start: calc(100% + var(--_space));
    max-block-size: var(--_popup-max);
    overflow-y: auto;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 8px 16px rgb(0 0 0 / 0.14), 0 0 2px rgb(0 0 0 / 0.12);
    animation: popup-in 0.12s ease-out;
  }
  .popup[hidden],
  .listbox[hidden] {
    display: none;
  }
  @keyframes popup-in {
    from {
      opacity: 0;
      transform: translateY(-4px);
    }
  }

  .popup-status {
    margin: 0;
    padding: calc(var(--_space) * 2);
    color: var(--_text-2);
  }
  .popup-status--error {
    color: var(--_danger);
  }

  .listbox {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border-radius: var(--_radius-sm);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_surface-2);
  }
  .option[aria-selected='true'] {
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  :host(:dir(rtl)) .option[aria-selected='true'] {
    box-shadow: inset -3px 0 0 var(--_accent);
  }
  .option-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .option-name,
  .option-title {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .option-name {
    font-weight: 600;
  }
  .option-title {
    font-size: 0.857em;
    color: var(--_text-2);
  }
  .option[aria-selected='true'] .option-title {
    color: inherit;
  }

  .hint,
  .field-error {
    margin: var(--_space) 0 0;
  }
  .hint {
    font-size: 0.857em;
    color: var(--_text-2);
  }

  @media (prefers-reduced-motion: reduce) {
    .field {
      transition: none;
    }
    .popup {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .field {
      border-color: FieldText;
    }
    .field:focus-within {
      outline: 2px solid Highlight;
      outline-offset: 1px;
      box-shadow: none;
    }
    .field--invalid {
      border-style: dashed;
    }
    .chip {
      border: 1px solid CanvasText;
    }
    .popup {
      border-color: CanvasText;
    }
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      box-shadow: none;
    }
  }
`;
