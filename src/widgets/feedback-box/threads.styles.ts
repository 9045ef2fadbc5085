import { css } from 'lit';
import { badgeStyles } from '../../base/badge.styles.js';
import { avatarStyles } from '../../ui/avatar.js';

/*
 * The sender's conversations, an open thread (both sides), and the recipients' inbox. They load
 * with those views (threads.ts) and are added after the box's own styles, so the forced-colours
 * rules of these parts are here too.
 */

/* badge tints (base/badge.styles.ts draws the badge) */
const tints = css`
  .status-open {
    background: var(--_accent-soft);
    color: var(--_accent-soft-text);
  }
  .status-answered {
    background: color-mix(in srgb, var(--_success) 14%, var(--_surface));
    color: var(--_text);
  }
  .status-closed {
    border-color: var(--_border);
    background: var(--_surface-3);
    color: var(--_text);
  }
  .unread-mark {
    background: var(--_accent);
    color: var(--_accent-text);
  }
`;

const layout = css`
  /* conversations */
  .conversations {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .paste h3,
  .overview h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  .thread-title:focus,
  .inbox-list-heading:focus {
    outline: none;
  }
  .thread-title:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
    border-radius: 2px;
  }
  .conversation-list,
  .inbox-list,
  .summary,
  .messages {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .conversation {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
  }
  .conversation.unread {
    border-inline-start: 4px solid var(--_accent);
  }
  .conversation-main {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .open-thread {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    justify-self: start;
    gap: calc(var(--_space) * 2);
    padding: 0;
    border: 0;
    border-radius: 2px;
    background: none;
    color: var(--_text);
    font-weight: 600;
    text-align: start;
  }
  .conversation-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .open-thread:hover .conversation-title {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .conversation.gone .conversation-title {
    color: var(--_text-2);
  }
  .conversation-meta,
  .thread-meta,
  .row-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 3);
    color: var(--_text-2);
    font-size: 0.875em;
  }
  .forget {
    font-size: 0.875em;
  }
  .forget-confirm {
    grid-column: 1 / -1;
  }
  .paste {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 4);
    border-block-start: 1px solid var(--_border);
  }

  /* a thread */
  .thread {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .back {
    justify-self: start;
    margin-inline-start: calc(var(--_space) * -2);
  }
  .thread-head {
    display: grid;
    gap: var(--_space);
  }
  .thread-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .thread-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
  }
  .thread-tools .notice,
  .thread-tools .form-error {
    flex: 1 1 100%;
  }
  .message {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius);
  }
  .from-sender {
    border: 1px solid var(--_border);
    background: var(--_surface-2);
  }
  .from-recipient {
    border: 1px solid color-mix(in srgb, var(--_accent) 30%, transparent);
    background: var(--_accent-soft);
  }
  .message-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    font-size: 0.875em;
  }
  .who {
    font-weight: 600;
  }
  .role,
  .when {
    color: var(--_text-2);
  }
  .when {
    margin-inline-start: auto;
  }
  .message-head .avatar {
    font-size: 0.8em;
  }
  .anon {
    display: inline-grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    background: var(--_surface-3);
    color: var(--_text-2);
  }
  .message-text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .reply {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 3);
    border-block-start: 1px solid var(--_border);
  }
  .closed-note {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
    color: var(--_text);
  }

  /* inbox */
  .inbox {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .overview {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .summary {
    grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr));
  }
  .group {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface-2);
  }
  .group.withheld {
    border-style: dashed;
    background: var(--_surface);
  }
  .group-label {
    font-size: 0.875em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .group-count {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  .group-score,
  .group-hidden {
    color: var(--_text-2);
    font-size: 0.8125em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 3);
  }
  .filters .field {
    flex: 1 1 10rem;
  }
  .thread-row {
    display: grid;
    gap: var(--_space);
    inline-size: 100%;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
  }
  .thread-row:hover {
    border-color: var(--_text-2);
    background: var(--_surface-2);
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .row-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .excerpt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 2);
  }
`;

const modes = css`
  @media (forced-colors: active) {
    .conversation,
    .thread-row,
    .message,
    .group,
    .badge {
      border: 1px solid CanvasText;
    }
    .conversation.unread {
      border-inline-start: 4px solid Highlight;
    }
  }
`;

export const threadStyles = [badgeStyles, avatarStyles, tints, layout, modes];
