import { css } from 'lit';

/*
 * Design tokens. Each public knob is a --chorus-* property whose fallback reaches Fluent's
 * variables (present on SharePoint pages) and then a literal. Internal --_* properties hold the
 * resolved values so light/dark switch in one place. The page decides before the computer: on a
 * page with Fluent's tokens the widget takes its colours from them, light or dark as they are
 * (state page-tokens, page-dark), whatever `prefers-color-scheme` says; on a page declaring only
 * `color-scheme: dark` (or light) it follows that (page-dark, page-light). See page-scheme.ts.
 */
const light = css`
  --_surface: var(--chorus-surface, var(--colorNeutralBackground1, #ffffff));
  --_surface-2: var(--chorus-surface-subtle, var(--colorNeutralBackground2, #f5f5f5));
  --_surface-3: var(--chorus-surface-strong, var(--colorNeutralBackground3, #ebebeb));
  --_text: var(--chorus-text, var(--colorNeutralForeground1, #242424));
  --_text-2: var(--chorus-text-subtle, var(--colorNeutralForeground3, #616161));
  --_border: var(--chorus-border, var(--colorNeutralStroke2, #d6d6d6));
  --_accent: var(--chorus-accent, var(--colorBrandBackground, #0f6cbd));
  --_accent-hover: var(--chorus-accent-hover, var(--colorBrandBackgroundHover, #115ea3));
  --_accent-text: var(--chorus-accent-text, var(--colorNeutralForegroundOnBrand, #ffffff));
  --_accent-soft: var(--chorus-accent-soft, var(--colorBrandBackground2, #ebf3fc));
  --_accent-soft-text: var(--chorus-accent-soft-text, var(--colorBrandForeground2, #0e4775));
  --_danger: var(--chorus-danger, var(--colorPaletteRedForeground1, #b10e1c));
  --_danger-soft: var(--chorus-danger-soft, var(--colorPaletteRedBackground1, #fdf3f4));
  --_success: var(--chorus-success, var(--colorPaletteGreenForeground1, #0e700e));
  --_focus: var(--chorus-focus-ring, var(--colorStrokeFocus2, #000000));
  --_shadow: var(--chorus-shadow, 0 1px 2px rgb(0 0 0 / 0.12), 0 0 1px rgb(0 0 0 / 0.1));
`;

const dark = css`
  --_surface: var(--chorus-surface, #1f1f1f);
  --_surface-2: var(--chorus-surface-subtle, #292929);
  --_surface-3: var(--chorus-surface-strong, #333333);
  --_text: var(--chorus-text, #ffffff);
  --_text-2: var(--chorus-text-subtle, #c7c7c7);
  --_border: var(--chorus-border, #525252);
  --_accent: var(--chorus-accent, #479ef5);
  --_accent-hover: var(--chorus-accent-hover, #62abf5);
  --_accent-text: var(--chorus-accent-text, #000000);
  --_accent-soft: var(--chorus-accent-soft, #082338);
  --_accent-soft-text: var(--chorus-accent-soft-text, #96c6fa);
  --_danger: var(--chorus-danger, #f1707b);
  --_danger-soft: var(--chorus-danger-soft, #3b1519);
  --_success: var(--chorus-success, #54b054);
  --_focus: var(--chorus-focus-ring, #ffffff);
  --_shadow: var(--chorus-shadow, 0 1px 2px rgb(0 0 0 / 0.5), 0 0 1px rgb(0 0 0 / 0.4));
`;

export const hostStyles = css`
  :host {
    ${light}
    --_radius: var(--chorus-radius, var(--borderRadiusLarge, 6px));
    --_radius-sm: var(--chorus-radius-small, var(--borderRadiusMedium, 4px));
    --_space: var(--chorus-space, 4px);
    --_font-size: var(--chorus-font-size, 0.875rem);
    /* Colour emoji from whichever system font has them, the same in every widget whatever the page's font. */
    --_emoji-font: 'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', 'Twemoji Mozilla', 'EmojiOne Color', emoji;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font: inherit;
    /* Fluent's font where the page has it; with neither set, invalid at computed time: inherited. */
    font-family: var(--chorus-font-family, var(--fontFamilyBase));
    font-size: var(--_font-size);
    line-height: 1.45;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none !important;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme]):not(:state(page-tokens)):not(:state(page-light))) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']),
  :host(:not([theme]):not(:state(page-tokens)):state(page-dark)) {
    ${dark}
    color-scheme: dark;
  }
  /* Dark Fluent tokens: their colours (the light block reads them), dark native controls. */
  :host(:not([theme]):state(page-tokens):state(page-dark)) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .emoji-glyph {
    font-family: var(--_emoji-font);
    font-style: normal;
  }
  button > svg[aria-hidden='true'] {
    inline-size: 1.1em;
    block-size: 1.1em;
    vertical-align: -0.2em;
    margin-inline-end: 0.3em;
    fill: currentColor;
    flex: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
