import { css } from 'lit';
import { fieldsetStyles } from '../../base/fieldset.styles.js';
import { captionStyles } from '../../ui/caption.styles.js';
import { failureRowStyles, frameStyles } from '../../ui/frame.styles.js';
import { statesStyles } from '../../ui/states.styles.js';

/* <chorus-post-composer>'s own look, after the shared host, button, form and field sheets. */
export const postComposerStyles = [
  statesStyles,
  frameStyles,
  failureRowStyles,
  fieldsetStyles,
  captionStyles,
  css`
    .form,
    .captions,
    .group {
      display: grid;
      gap: calc(var(--_space) * 4);
      min-inline-size: 0;
    }
    .heading {
      margin: 0;
      font-size: 1.25em;
      font-weight: 600;
    }
    label,
    legend {
      font-weight: 600;
    }
    .field {
      display: grid;
      gap: var(--_space);
      align-content: start;
      min-inline-size: 0;
    }
    textarea {
      min-block-size: 6em;
    }
    textarea:focus-visible,
    input:not([type='radio'], [type='checkbox']):focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: -1px;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr));
      gap: calc(var(--_space) * 4);
    }
    .group {
      padding-block-start: calc(var(--_space) * 3);
      border-block-start: 1px solid var(--_border);
      gap: calc(var(--_space) * 3);
    }
    .variant-toggles {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .remove-variant {
      justify-self: start;
      margin-block-start: calc(var(--_space) * -2);
    }
    .check {
      display: flex;
      gap: calc(var(--_space) * 2);
      align-items: center;
    }
    .returned {
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border-inline-start: 3px solid var(--_accent);
      border-radius: var(--_radius-sm);
      background: var(--_surface-2);
    }
    .returned p {
      margin: 0;
    }
    .returned-label {
      color: var(--_text-2);
      font-size: 0.9em;
    }
    .returned-comment {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .preview {
      display: grid;
      gap: calc(var(--_space) * 3);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_surface-2);
      min-inline-size: 0;
    }
    .segments {
      display: flex;
      flex-wrap: wrap;
      gap: 0;
    }
    .segments legend {
      margin-block-end: calc(var(--_space) * 2);
    }
    .segment span {
      display: inline-flex;
      align-items: center;
      min-block-size: 32px;
      margin-inline-end: -1px;
      padding: var(--_space) calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      background: var(--_surface);
      font-weight: 600;
      cursor: pointer;
    }
    .segment:first-of-type span {
      border-start-start-radius: var(--_radius-sm);
      border-end-start-radius: var(--_radius-sm);
    }
    .segment:last-of-type span {
      border-start-end-radius: var(--_radius-sm);
      border-end-end-radius: var(--_radius-sm);
    }
    .segment span:hover {
      background: var(--_surface-3);
    }
    .segment input:checked + span {
      position: relative;
      border-color: var(--_accent);
      background: var(--_accent-soft);
      color: var(--_accent-soft-text);
    }
    .segment input:checked + span::before {
      content: '✓ ';
      white-space: pre;
    }
    .segment input:focus-visible + span {
      position: relative;
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .preview-body {
      display: grid;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_surface);
      min-inline-size: 0;
    }
    .preview-link {
      margin: 0;
      overflow-wrap: anywhere;
      font-size: 0.9em;
    }
    .saved {
      margin: 0;
      color: var(--_success);
      font-weight: 600;
    }
    .status {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      align-items: center;
    }
    .bone.tall {
      height: 120px;
    }
    @media (forced-colors: active) {
      .segment span {
        border-color: CanvasText;
      }
      .segment input:checked + span {
        border-width: 2px;
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
