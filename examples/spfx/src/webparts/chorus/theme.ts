import type { IReadonlyTheme } from '@microsoft/sp-component-base';

/*
 * The section's theme (SPFx theme variants: a white, neutral, soft or strong section) as Chorus's
 * CSS tokens on the web part's element. Set through the CSSOM, never a style attribute, so a strict
 * CSP allows it. The widgets inherit them through their shadow roots.
 */
export function applyTheme(element: HTMLElement, theme: IReadonlyTheme | undefined): void {
  const s = theme && theme.semanticColors;
  const p = theme && theme.palette;
  const tokens: [string, string | undefined][] = [
    ['--chorus-surface', s && s.bodyBackground],
    ['--chorus-surface-subtle', s && s.bodyStandoutBackground],
    ['--chorus-surface-strong', s && s.bodyDivider],
    ['--chorus-text', s && s.bodyText],
    ['--chorus-text-subtle', s && s.bodySubtext],
    ['--chorus-border', s && s.inputBorder],
    ['--chorus-accent', s && s.primaryButtonBackground],
    ['--chorus-accent-hover', s && s.primaryButtonBackgroundHovered],
    ['--chorus-accent-text', s && s.primaryButtonText],
    ['--chorus-accent-soft', p && p.themeLighter],
    ['--chorus-accent-soft-text', p && p.themeDarker],
    ['--chorus-focus-ring', s && s.focusBorder],
    ['--chorus-danger', s && s.errorText],
  ];
  for (const [name, value] of tokens) {
    if (value) element.style.setProperty(name, value);
    else element.style.removeProperty(name);
  }
}

/** Whether the section is dark (a strong variant, a dark theme), for the widget's `theme` attribute. */
export function isDark(theme: IReadonlyTheme | undefined): boolean {
  return !!(theme && theme.isInverted);
}
