import { css } from 'lit';
import { badgeStyles } from '../../base/badge.styles.js';
import { fieldStyles } from '../../base/field.styles.js';
import { formStyles } from '../../base/form.styles.js';
import { frameStyles } from '../../ui/frame.styles.js';
import { statesStyles } from '../../ui/states.styles.js';
import { tabsStyles } from '../../ui/tabs.styles.js';

/* <chorus-share-feed>'s own look, after the shared host, button, field, form and states sheets. */
export const shareFeedStyles = [
  statesStyles,
  frameStyles,
  tabsStyles,
  fieldStyles,
  formStyles,
  badgeStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .feed {
      display: grid;
      gap: calc(var(--_space) * 3);
    }
    .panel {
      display: grid;
      gap: calc(var(--_space) * 3);
      min-inline-size: 0;
    }
    .panel:focus {
      outline: none;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      align-items: end;
      justify-content: space-between;
    }
    .filter {
      display: grid;
      gap: var(--_space);
      min-inline-size: 12rem;
      font-weight: 600;
    }
    .suggest-form,
    .ask {
      display: grid;
      gap: calc(var(--_space) * 3);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_surface-2);
    }
    .field {
      display: grid;
      gap: var(--_space);
      font-weight: 600;
    }
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 3);
    }
    .dates .field {
      flex: 1 1 12rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .list {
      display: grid;
      gap: calc(var(--_space) * 3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list[aria-busy='true'] {
      opacity: 0.6;
    }
    .item {
      display: grid;
      gap: calc(var(--_space) * 3);
      padding: calc(var(--_space) * 3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-sm);
      background: var(--_surface);
      min-inline-size: 0;
    }
    .item article {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 3);
      align-items: start;
      min-inline-size: 0;
    }
    .thumb {
      flex: none;
      inline-size: 96px;
      block-size: 72px;
      object-fit: cover;
      border-radius: var(--_radius-sm);
      background: var(--_surface-3);
    }
    .item-body {
      display: grid;
      flex: 1 1 16rem;
      gap: var(--_space);
      min-inline-size: 0;
    }
    .item-title {
      margin: 0;
      font-size: 1.05em;
      font-weight: 600;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    .item-title:focus {
      outline: none;
    }
    .item-title:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    .meta,
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space) calc(var(--_space) * 2);
      align-items: center;
      margin: 0;
      color: var(--_text-2);
      font-size: 0.9em;
    }
    .counts span + span::before {
      content: '·';
      margin-inline-end: calc(var(--_space) * 2);
    }
    .excerpt,
    .link,
    .return-comment {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .excerpt {
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .link a {
      color: var(--_accent);
      font-size: 0.9em;
    }
    .return-comment {
      padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
      border-inline-start: 3px solid var(--_text-2);
      background: var(--_surface-2);
    }
    .item-actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .item .ask,
    .queued .item-body {
      flex: 1 1 100%;
    }
    .badge.topic {
      border-color: var(--_border);
      background: var(--_surface-2);
      color: var(--_text);
    }
    .badge.mine {
      border-color: var(--_success);
      color: var(--_success);
    }
    .badge.status {
      border-color: var(--_text-2);
      color: var(--_text);
    }
    .badge.status.returned {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    .badge.status.submitted {
      border-color: var(--_accent);
      background: var(--_accent-soft);
      color: var(--_accent-soft-text);
    }
    .share-region {
      display: grid;
      gap: calc(var(--_space) * 2);
      justify-items: end;
    }
    .share-region chorus-share-card {
      justify-self: stretch;
    }
    .more {
      justify-self: center;
    }
    .composer-loading {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    @container (max-width: 420px) {
      .feed {
        padding: calc(var(--_space) * 3);
      }
      .thumb {
        inline-size: 100%;
        block-size: auto;
        max-block-size: 160px;
      }
      .item-actions > button,
      .toolbar > * {
        flex: 1 1 auto;
      }
    }
    @media (forced-colors: active) {
      .item,
      .badge {
        border-color: CanvasText;
      }
    }
  `,
];
