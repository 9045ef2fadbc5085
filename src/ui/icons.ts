import { html, type TemplateResult } from 'lit';

/*
 * Small decorative icons (16 px grid, currentColor) for controls, so they look the same whatever
 * fonts the page has (emoji and symbol glyphs do not); the text next to each says what it means.
 * One function each, imported as `* as icon`: a widget's bundle holds only the icons it calls (a
 * tagged template at the top of a module is kept by the bundler whether used or not).
 */
export const shield = (): TemplateResult =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1l5.5 2v4.2c0 3.4-2.3 6.2-5.5 7.3-3.2-1.1-5.5-3.9-5.5-7.3V3zm0 1.6L4 4v3.2c0 2.6 1.6 4.8 4 5.8 2.4-1 4-3.2 4-5.8V4z"/></svg>`;
export const warning = (): TemplateResult =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1.5l7 12.5H1zm0 2.9L3.6 12.5h8.8zM7.25 6.5h1.5v3h-1.5zm0 4h1.5V12h-1.5z"/></svg>`;
export const back = (): TemplateResult =>
  html`<svg class="flip" viewBox="0 0 16 16" aria-hidden="true"><path d="M7.3 2.3l1.4 1.4L5.4 7H14v2H5.4l3.3 3.3-1.4 1.4L1.6 8z"/></svg>`;
export const copy = (): TemplateResult =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M5 1h8a1 1 0 011 1v9h-1.5V2.5H5zM3 4h7a1 1 0 011 1v9a1 1 0 01-1 1H3a1 1 0 01-1-1V5a1 1 0 011-1zm.5 1.5v8h6v-8z"/></svg>`;
export const check = (): TemplateResult => html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M13.3 3.3l1.4 1.4L6 13.4 1.3 8.7l1.4-1.4L6 10.6z"/></svg>`;
export const comment = (): TemplateResult =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 2h11A1.5 1.5 0 0115 3.5v7a1.5 1.5 0 01-1.5 1.5H7l-3.5 3v-3h-1A1.5 1.5 0 011 10.5v-7A1.5 1.5 0 012.5 2zm0 1.5v7H5v1.6l1.9-1.6h6.6v-7z"/></svg>`;
export const addReaction = (): TemplateResult =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M7 1.5a5.5 5.5 0 015.4 4.5h-1.6A4 4 0 107 11v1.5a5.5 5.5 0 010-11zM5 5.25a1 1 0 110 2 1 1 0 010-2zm4 0a1 1 0 110 2 1 1 0 010-2zM4.3 8.5h5.4A2.9 2.9 0 017 10.3a2.9 2.9 0 01-2.7-1.8zM12.25 8h1.5v2.25H16v1.5h-2.25V14h-1.5v-2.25H10v-1.5h2.25z"/></svg>`;
export const image = (): TemplateResult =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2.5 2h11A1.5 1.5 0 0115 3.5v9a1.5 1.5 0 01-1.5 1.5h-11A1.5 1.5 0 011 12.5v-9A1.5 1.5 0 012.5 2zm0 1.5v7.4l3-3 2.5 2.5 2-2 3.5 3.5V3.5zM10.5 5a1.5 1.5 0 110 3 1.5 1.5 0 010-3z"/></svg>`;
export const lock = (): TemplateResult =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1a3.5 3.5 0 013.5 3.5V7H13v8H3V7h1.5V4.5A3.5 3.5 0 018 1zm0 1.5a2 2 0 00-2 2V7h4V4.5a2 2 0 00-2-2zM4.5 8.5v5h7v-5z"/></svg>`;
export const guidelines = (): TemplateResult =>
  html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 1h7.5L14 4.5V15H3zm1.5 1.5v11h8V5.1L9.9 2.5zM6 7h5v1.5H6zm0 3h5v1.5H6zm0-6h3v1.5H6z"/></svg>`;
