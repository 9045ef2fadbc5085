import { css } from 'lit';
import { badgeStyles } from '../../base/badge.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { captionStyles } from '../../ui/caption.styles.js';
import { frameStyles } from '../../ui/frame.styles.js';
import { statesStyles } from '../../ui/states.styles.js';

/* <chorus-share-card>'s own look, after the shared host, button and states sheets. */
export const shareCardStyles = [
  statesStyles,
  frameStyles,
  fieldStyles,
  badgeStyles,
  captionStyles,
  css`
    .card {
      display: grid;
      gap: calc(var(--_space) * 3);
    }
    .image {
      display: block;
      inline-size: 100%;
      max-block-size: 280px;
      object-fit: cover;
      border-radius: var(--_radius-sm);
      background: var(--_surface-3);
    }
    .title {
      margin: 0;
      font-size: 1.25em;
      font-weight: 600;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .title:focus {
      outline: none;
    }
    .preview {
      display: flex;
      gap: calc(var(--_space) * 3);
      align-items: center;
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_surface-2);
      min-inline-size: 0;
    }
    .preview-image {
      flex: none;
      inline-size: 64px;
      block-size: 64px;
      object-fit: cover;
      border-radius: var(--_radius-sm);
    }
    .preview-text {
      display: grid;
      min-inline-size: 0;
      color: inherit;
      text-decoration: none;
    }
    a.preview-text:hover .preview-title {
      text-decoration: underline;
    }
    .preview-title {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .chip svg {
      inline-size: 0.9em;
      block-size: 0.9em;
      margin-inline-end: 0.3em;
      vertical-align: -0.1em;
      fill: currentColor;
    }
    .preview-site,
    .stats,
    .hint {
      color: var(--_text-2);
    }
    .preview-site {
      font-size: 0.9em;
    }
    .stats {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
      align-items: center;
      margin: 0;
    }
    .badge.mine {
      border-color: var(--_success);
      color: var(--_success);
    }
    .status {
      margin: 0;
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border-inline-start: 3px solid var(--_text-2);
      border-radius: var(--_radius-sm);
      background: var(--_surface-2);
    }
    .networks {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .networks legend {
      margin-block-end: calc(var(--_space) * 2);
      padding: 0;
      font-weight: 600;
    }
    .network span {
      display: inline-flex;
      align-items: center;
      min-block-size: 32px;
      padding: var(--_space) calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      font-weight: 600;
      cursor: pointer;
    }
    .network span:hover {
      background: var(--_surface-2);
    }
    .network input:checked + span {
      border-color: var(--_accent);
      background: var(--_accent-soft);
      color: var(--_accent-soft-text);
    }
    .network input:checked + span::before {
      content: '✓ ';
      white-space: pre;
    }
    .network input:focus-visible + span {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .caption,
    .manual-copy {
      display: grid;
      gap: calc(var(--_space) * 2);
      min-inline-size: 0;
    }
    .caption-label,
    .manual-copy label {
      margin: 0;
      font-weight: 600;
    }
    .locked {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 2);
      align-items: center;
      color: var(--_text-2);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chip {
      padding: 0 calc(var(--_space) * 2);
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface-2);
      color: var(--_text);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .reset {
      justify-self: start;
    }
    .share-row {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      align-items: center;
    }
    .guidelines-button {
      justify-self: start;
    }
    .guidelines {
      max-inline-size: min(560px, calc(100vw - 32px));
      padding: calc(var(--_space) * 5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .guidelines::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    .guidelines h3 {
      margin: 0 0 calc(var(--_space) * 3);
      font-size: 1.125em;
    }
    .guidelines-body {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .dialog-actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      justify-content: flex-end;
    }
    .bone.image-bone {
      height: 120px;
    }
    @media (forced-colors: active) {
      .network span,
      .chip {
        border-color: CanvasText;
      }
      .network input:checked + span {
        border-width: 2px;
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
